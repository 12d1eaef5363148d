package dev.bulwark.checks.image;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import java.util.ArrayList;
import java.util.List;

/** Flags images that float on {@code :latest}, written or implied, without a digest. */
@CheckInfo(
    id = "latest-tag",
    summary = "Image uses the latest tag or no tag",
    description =
        "An image without a tag is pulled as :latest, and :latest moves with every push. Nodes"
            + " can then run different code under one spec, a rollback does not roll back, and"
            + " whoever can push to the repository decides what runs next. A digest pins the exact"
            + " content whatever the tag says.",
    severity = Severity.MEDIUM,
    category = Category.IMAGES,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Use an immutable version tag, and better, pin the image by digest"
            + " (name:tag@sha256:...).",
    // T1525 Implant Internal Image: a pushed image behind a moving tag is what such an implant
    // needs.
    frameworks = {"MITRE:T1525"})
public final class LatestTag implements Check {
  private static final String LATEST = "latest";

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Workloads.containers(resource)) {
      JsonPointer imageField = container.field("image");
      // Missing or malformed images are left to the checks that are about them.
      JsonValues.string(resource.at(imageField))
          .flatMap(ImageReference::parse)
          .filter(image -> !image.pinned() && image.tag().orElse(LATEST).equals(LATEST))
          .ifPresent(
              image ->
                  violations.add(
                      Violation.at(
                          imageField,
                          "%s uses image \"%s\", %s",
                          container.describe(),
                          image,
                          image.tag().isEmpty()
                              ? "which has no tag and so pulls the moving :latest"
                              : "whose :latest tag moves with every push")));
    }
    return violations;
  }
}
