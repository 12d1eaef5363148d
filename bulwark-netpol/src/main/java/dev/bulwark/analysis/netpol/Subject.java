package dev.bulwark.analysis.netpol;

import java.util.List;

/**
 * The policies that govern one side of a connection for one workload: the AdminNetworkPolicies
 * (highest precedence first), the NetworkPolicies and whether the baseline applies. Workloads
 * with equal subjects are treated alike.
 *
 * @param admin AdminNetworkPolicies selecting the workload, by precedence
 * @param policies NetworkPolicies selecting it; non-empty means it is isolated in this direction
 * @param baseline whether the BaselineAdminNetworkPolicy selects it
 */
record Subject(List<AdminPolicy> admin, List<NetworkPolicy> policies, boolean baseline) {
  static final Subject NONE = new Subject(List.of(), List.of(), false);

  Subject {
    admin = List.copyOf(admin);
    policies = List.copyOf(policies);
  }

  /** True when some policy of any layer selects the workload. */
  boolean isProtected() {
    return !admin.isEmpty() || !policies.isEmpty() || baseline;
  }
}
