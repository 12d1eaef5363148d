package dev.bulwark.checks.pss;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/**
 * {@code bulwark scan}'s view of the Baseline profile: one finding per failed upstream baseline
 * control, except those a catalog check already reports (privileged, host namespaces).
 */
@CheckInfo(
    id = "pss-baseline",
    summary = "Pod breaks the Baseline Pod Security Standard",
    description =
        "Baseline is the Pod Security Standards profile that blocks known privilege escalations"
            + " while admitting ordinary workloads: no host namespaces, host paths or host ports,"
            + " no privileged containers, no added capabilities beyond the runtime's defaults, no"
            + " unconfined seccomp or AppArmor, no custom SELinux user or role, no unmasked /proc,"
            + " only safe sysctls, no Windows HostProcess and no probe or lifecycle host. A"
            + " namespace labelled pod-security.kubernetes.io/enforce=baseline rejects such pods."
            + " Verdicts and messages are exactly those of the Kubernetes Pod Security Admission"
            + " controller; `bulwark pss` shows every control, including the ones other checks"
            + " report here.",
    severity = Severity.HIGH,
    category = Category.POD_SECURITY,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Change the field the finding points at as its message says, or run the workload in a"
            + " namespace whose Pod Security level allows it (privileged) if it truly needs the"
            + " host.",
    frameworks = {"PSS:baseline", "NSA:pod-security"},
    parameters = {"version=latest: Pod Security policy version, v1.N or latest"})
public final class PssBaselineCheck implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    PssPolicy policy = new PssPolicy(PssLevel.BASELINE, PssFindings.version(context));
    return PssFindings.pod(resource)
        .map(pod -> PssFindings.violations(resource, pod.evaluate(policy), v -> !CatalogCoverage.covered(v.check())))
        .orElse(List.of());
  }
}
