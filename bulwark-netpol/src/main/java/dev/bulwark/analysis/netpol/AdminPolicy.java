package dev.bulwark.analysis.netpol;

import dev.bulwark.api.Resource;
import java.util.List;

/**
 * An AdminNetworkPolicy or the BaselineAdminNetworkPolicy ({@code policy.networking.k8s.io/v1alpha1}).
 * Cluster-scoped; rules are read as they are, in order, with no implicit isolation.
 *
 * @param baseline true for the BaselineAdminNetworkPolicy
 * @param name its name
 * @param priority 0-1000, lower wins (0 for the baseline, which has none)
 * @param subject the pods it applies to
 * @param ingress ingress rules in order
 * @param egress egress rules in order
 * @param source the object it was read from
 */
public record AdminPolicy(
    boolean baseline,
    String name,
    int priority,
    PodMatcher subject,
    List<AdminRule> ingress,
    List<AdminRule> egress,
    Resource source) {

  public AdminPolicy {
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }

  /** {@code AdminNetworkPolicy} or {@code BaselineAdminNetworkPolicy}. */
  public String kind() {
    return baseline ? "BaselineAdminNetworkPolicy" : "AdminNetworkPolicy";
  }

  public List<AdminRule> rules(Direction direction) {
    return direction == Direction.INGRESS ? ingress : egress;
  }

  /** A policy governs a direction only when it has rules for it. */
  public boolean selects(Workload w, Namespaces namespaces, Direction direction) {
    return !rules(direction).isEmpty() && subject.matches(w, namespaces);
  }
}
