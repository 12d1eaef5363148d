package dev.bulwark.checks.image;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/**
 * Flags images from registries outside a configured allow-list.
 *
 * <p>Off by default: only the user knows which registries they trust. Enabled without a list it
 * reports every workload as not evaluated rather than passing them all. High, with kubescape's
 * C-0001 (Trivy's KSV-0125 says medium): an image from an unvetted source runs arbitrary code with
 * the pod's identity and mounts.
 */
@CheckInfo(
    id = "untrusted-registry",
    summary = "Image comes from a registry that is not allowed",
    description =
        "Images from public or unknown registries bypass whatever the organisation does to its own"
            + " images: vulnerability scanning, signing, provenance, malware checks. A"
            + " typo-squatted or hijacked repository runs attacker code with the pod's"
            + " ServiceAccount, Secrets and network access.",
    severity = Severity.HIGH,
    category = Category.IMAGES,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Mirror the image into an allowed registry and reference it there, or add its registry to"
            + " allowedRegistries if it is trusted.",
    frameworks = {"CIS:5.5.1", "MITRE:T1525", "NSA:application-security"},
    enabledByDefault = false,
    parameters = {
      "allowedRegistries=: comma-separated registries (docker.io, registry.example.com:5000,"
          + " *.dkr.ecr.eu-west-1.amazonaws.com) or repository prefixes (ghcr.io/myorg/)"
    })
public final class UntrustedRegistry implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    RegistryAllowList allowed = RegistryAllowList.of(context.parameterList("allowedRegistries"));
    if (allowed.isEmpty()) {
      throw new NotEvaluatedException("no allowedRegistries configured");
    }
    return ContainerImages.of(resource).stream()
        .filter(c -> !allowed.allows(c.image()))
        .map(c -> violation(c.container().describe(), c.image(), c.pointer()))
        .toList();
  }

  private static Violation violation(String container, ImageReference image, JsonPointer at) {
    String qualified = RegistryAllowList.qualifiedName(image);
    // Spell out what the runtime pulls when the reference leaves registry or library/ implicit.
    String pulled = image.toString().startsWith(qualified) ? "" : " (" + qualified + ")";
    return Violation.at(
        at,
        "%s uses image \"%s\"%s, which no allowedRegistries entry admits",
        container,
        image,
        pulled);
  }
}
