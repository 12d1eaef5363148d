package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Capability;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Subjects can write admission webhooks or policies. */
@CheckInfo(
    id = "rbac-admission-write",
    summary = "Subjects can write admission webhooks or policies",
    description =
        "Whoever writes mutating or validating webhook configurations, or"
            + " ValidatingAdmissionPolicies and their bindings, sees or changes every object"
            + " admitted (Secrets included) and can switch guardrails off.",
    severity = Severity.HIGH,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "Grant admission configuration writes to cluster administrators only.",
    frameworks = {"CIS:5.1.12", "MITRE:T1562"})
public final class AdmissionWrite implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(
          AdmissionWrite.class, "resources", GrantPattern.of(Capability.WRITE_ADMISSION));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
