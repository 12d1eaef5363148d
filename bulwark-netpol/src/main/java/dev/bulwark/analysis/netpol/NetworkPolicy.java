package dev.bulwark.analysis.netpol;

import dev.bulwark.api.Resource;
import java.util.List;

/**
 * A {@code networking.k8s.io/v1} NetworkPolicy with its effective policy types.
 *
 * @param namespace the policy's namespace ({@code default} when the manifest leaves it out)
 * @param name its name
 * @param podSelector the pods it selects in its namespace
 * @param affectsIngress whether Ingress is among the effective policyTypes
 * @param affectsEgress whether Egress is among the effective policyTypes
 * @param ingress the ingress rules (ignored unless {@code affectsIngress})
 * @param egress the egress rules (ignored unless {@code affectsEgress})
 * @param source the object it was read from
 */
public record NetworkPolicy(
    String namespace,
    String name,
    LabelSelector podSelector,
    boolean affectsIngress,
    boolean affectsEgress,
    List<PolicyRule> ingress,
    List<PolicyRule> egress,
    Resource source) {

  public NetworkPolicy {
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }

  /** {@code namespace/name}. */
  public String fullName() {
    return namespace + "/" + name;
  }

  public boolean affects(Direction direction) {
    return direction == Direction.INGRESS ? affectsIngress : affectsEgress;
  }

  /** The rules of a direction, or none when the policy does not govern it. */
  public List<PolicyRule> rules(Direction direction) {
    if (!affects(direction)) {
      return List.of();
    }
    return direction == Direction.INGRESS ? ingress : egress;
  }

  /** True when the policy selects the workload for the direction (same namespace, labels match). */
  public boolean selects(Workload w, Direction direction) {
    return affects(direction) && w.namespace().equals(namespace) && podSelector.matches(w.labels());
  }
}
