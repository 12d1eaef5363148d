package dev.bulwark.checks.image;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/**
 * Flags images referenced by tag only, without a digest.
 *
 * <p>Low, as kubescape rates its C-0306 (Checkov's CKV_K8S_43 has no severity): a version tag is
 * usually stable in practice, and {@code latest-tag} already reports the moving tags at medium.
 * Both fire on an untagged image, on purpose: one says the tag moves, the other how to stop any tag
 * from moving.
 */
@CheckInfo(
    id = "image-not-pinned",
    summary = "Image is not pinned by digest",
    description =
        "A tag is a pointer the registry lets anyone with push rights move, including to an image"
            + " that was never reviewed, and a compromised registry account or CI job can do the"
            + " same. Only a digest (@sha256:...) names exact content: nodes pull the same bytes,"
            + " rollbacks restore the same code, and admission policies that verify signatures"
            + " have something fixed to verify.",
    severity = Severity.LOW,
    category = Category.IMAGES,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Reference the image as name:tag@sha256:<digest>, and let a bot (Renovate, Dependabot)"
            + " update tag and digest together.",
    frameworks = {"MITRE:T1525", "NSA:application-security"})
public final class ImageNotPinned implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return ContainerImages.of(resource).stream()
        .filter(c -> !c.image().pinned())
        .map(
            c ->
                Violation.at(
                    c.pointer(),
                    "%s uses image \"%s\" by tag only, without a digest",
                    c.container().describe(),
                    c.image()))
        .toList();
  }
}
