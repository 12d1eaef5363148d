package dev.bulwark.checks.image;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
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
    return ContainerImages.of(resource).stream()
        .filter(c -> !c.image().pinned() && c.image().tag().orElse(LATEST).equals(LATEST))
        .map(
            c ->
                Violation.at(
                    c.pointer(),
                    "%s uses image \"%s\", %s",
                    c.container().describe(),
                    c.image(),
                    c.image().tag().isEmpty()
                        ? "which has no tag and so pulls the moving :latest"
                        : "whose :latest tag moves with every push"))
        .toList();
  }
}
