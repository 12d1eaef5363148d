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

/** Subjects can approve certificate signing requests. */
@CheckInfo(
    id = "rbac-csr-approve",
    summary = "Subjects can approve certificate signing requests",
    description =
        "approve on signers together with update on certificatesigningrequests/approval lets the"
            + " holder approve its own CSR: a kube-apiserver-client certificate for any user and"
            + " group, O=system:masters included.",
    severity = Severity.CRITICAL,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Leave CSR approval to the controller manager; restrict approve to resourceNames of signers"
            + " that cannot issue client certificates.",
    frameworks = {"CIS:5.1.11", "MITRE:T1649"})
public final class CsrApproval implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(CsrApproval.class, "resources", GrantPattern.of(Capability.APPROVE_CSRS));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
