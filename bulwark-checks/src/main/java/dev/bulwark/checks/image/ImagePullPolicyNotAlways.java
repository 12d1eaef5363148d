package dev.bulwark.checks.image;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.image.ContainerImages.ContainerImage;
import dev.bulwark.checks.support.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags containers whose mutable image tag is not re-pulled: {@code imagePullPolicy} is {@code
 * IfNotPresent} or {@code Never}, written or defaulted.
 *
 * <p>The API server defaults the policy to {@code Always} for an image tagged {@code :latest} or
 * not tagged at all and to {@code IfNotPresent} otherwise, so {@code nginx:1.27} without a policy
 * is flagged and {@code nginx} is not. Unlike Polaris ({@code pullPolicyNotAlways}), Checkov
 * (CKV_K8S_15) and kube-score, images pinned by digest are not flagged: their content cannot drift,
 * and {@code Always} would only add a registry round trip to every start.
 */
@CheckInfo(
    id = "image-pull-policy-not-always",
    summary = "Mutable image tag is not pulled on every start",
    description =
        "With IfNotPresent a node runs whatever it cached under the tag, so pods of one workload"
            + " can run different code after the tag moved, and a pod can start from an image a"
            + " node pulled for someone else without presenting pull credentials of its own. Always"
            + " makes the kubelet ask the registry (with the pod's credentials) which content the"
            + " tag names now; the layers still come from the cache when unchanged.",
    severity = Severity.LOW,
    category = Category.IMAGES,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Pin the image by digest, or set imagePullPolicy: Always; cluster-wide, enable the"
            + " AlwaysPullImages admission plugin.",
    frameworks = {"MITRE:T1525"})
public final class ImagePullPolicyNotAlways implements Check {
  private static final String ALWAYS = "Always";

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerImage c : ContainerImages.of(resource)) {
      if (c.image().pinned()) {
        continue;
      }
      JsonPointer policyField = c.container().field("imagePullPolicy");
      Optional<String> written = JsonValues.string(resource.at(policyField));
      boolean floating = c.image().tag().map("latest"::equals).orElse(true);
      if (written.isEmpty() && !floating) {
        violations.add(
            Violation.at(
                c.pointer(),
                "%s uses the mutable tag \"%s\" and imagePullPolicy defaults to IfNotPresent",
                c.container().describe(),
                c.image().tag().orElseThrow()));
      } else if (written.isPresent() && !written.get().equals(ALWAYS)) {
        violations.add(
            Violation.at(
                policyField,
                "%s uses image \"%s\" by tag with imagePullPolicy %s",
                c.container().describe(),
                c.image(),
                written.get()));
      }
    }
    return violations;
  }
}
