package dev.bulwark.checks.pss;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code bulwark scan}'s view of what the Restricted profile adds to Baseline: one finding per
 * failed restricted control. Baseline controls are left to {@code pss-baseline}; a restricted
 * control that replaces a baseline one (capabilities, volumes, seccomp, procMount) is reported only
 * when the baseline control passes, so one hostPath volume is one finding, not two; and controls a
 * catalog check reports (run-as-root) are left to it.
 */
@CheckInfo(
    id = "pss-restricted",
    summary = "Pod breaks the Restricted Pod Security Standard",
    description =
        "Restricted is the hardened Pod Security Standards profile: on top of Baseline, every"
            + " container must drop ALL capabilities (adding back at most NET_BIND_SERVICE),"
            + " forbid privilege escalation, run as non-root, use the RuntimeDefault or a"
            + " Localhost seccomp profile, and mount only volume types that do not reach the node"
            + " or network storage directly. A namespace labelled"
            + " pod-security.kubernetes.io/enforce=restricted rejects pods that fall short."
            + " Verdicts and messages are exactly those of the Kubernetes Pod Security Admission"
            + " controller.",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Set the field the finding points at as its message says; a hardened container sets"
            + " allowPrivilegeEscalation: false, capabilities.drop: [ALL], runAsNonRoot: true and"
            + " seccompProfile.type: RuntimeDefault.",
    frameworks = {"PSS:restricted", "NSA:pod-security"},
    parameters = {"version=latest: Pod Security policy version, v1.N or latest"})
public final class PssRestrictedCheck implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    PssVersion version = PssFindings.version(context);
    PssPolicy restricted = new PssPolicy(PssLevel.RESTRICTED, version);
    return PssFindings.pod(resource)
        .map(
            pod -> {
              Set<PssCheckId> failingAtBaseline = failing(pod.evaluate(PssLevel.BASELINE, version));
              return PssFindings.violations(
                  resource,
                  pod.evaluate(restricted),
                  v ->
                      v.check().level() == PssLevel.RESTRICTED
                          && !CatalogCoverage.covered(v.check())
                          && !failingAtBaseline.contains(PssRegistry.replaced(v.check())));
            })
        .orElse(List.of());
  }

  private static Set<PssCheckId> failing(PssResult result) {
    Set<PssCheckId> ids = EnumSet.noneOf(PssCheckId.class);
    result.violations().forEach(v -> ids.add(v.check()));
    return ids;
  }
}
