package dev.bulwark.checks.controlplane;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Flags Pod Security admission whose cluster-wide default enforces nothing. */
@CheckInfo(
    id = "pod-security-not-enforced-by-default",
    summary = "Pod Security admission enforces no level by default",
    description =
        "Pod Security admission applies its defaults to every namespace without a"
            + " pod-security.kubernetes.io/enforce label. When defaults.enforce is privileged (its"
            + " own default), a namespace someone forgot to label admits privileged pods, host"
            + " namespaces and hostPath volumes.",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    kinds = {"AdmissionConfiguration", "PodSecurityConfiguration"},
    remediation =
        "Set defaults.enforce to baseline (or restricted) and label the namespaces that need more"
            + " with pod-security.kubernetes.io/enforce.",
    frameworks = {"CIS:5.2.1", "PSS:baseline"})
public final class PodSecurityNotEnforcedByDefault implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return PodSecurityAdmissionConfig.in(resource)
        .filter(config -> config.defaultEnforceLevel().equals("privileged"))
        .map(
            config ->
                List.of(
                    Violation.at(
                        config.nearest("defaults", "enforce"),
                        "namespaces without labels enforce the privileged level: nothing is"
                            + " checked")))
        .orElse(List.of());
  }
}
