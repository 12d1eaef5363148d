package dev.bulwark.analysis.netpol;

import dev.bulwark.api.Location;

/**
 * Why one side of a connection allows or denies some ports: a policy rule, a policy that selects
 * the pod without allowing the peer, an Ingress or Route, or the system default.
 *
 * @param kind {@code AdminNetworkPolicy}, {@code NetworkPolicy}, {@code BaselineAdminNetworkPolicy},
 *     {@code Route}, {@code Ingress}, or empty for the system default
 * @param text the explanation, in netpol-analyzer's wording
 * @param location where the rule or policy is written, or {@code null}
 */
public record Reason(String kind, String text, Location location) implements Comparable<Reason> {

  /** No policy governs this side: Kubernetes allows everything. */
  public static final Reason SYSTEM_DEFAULT = new Reason("", "the system default (Allow all)", null);

  public boolean isSystemDefault() {
    return kind.isEmpty();
  }

  @Override
  public int compareTo(Reason o) {
    return text.compareTo(o.text);
  }
}
