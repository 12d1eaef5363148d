package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.analysis.netpol.ClusterModel;
import dev.bulwark.analysis.netpol.Direction;
import dev.bulwark.analysis.netpol.NetworkPolicy;

/**
 * A namespace has a default-deny for a direction when one of its NetworkPolicies selects every
 * pod ({@code podSelector: {}}) for that direction: every pod, including pods created later, is
 * then isolated, and only what some rule allows gets through.
 */
final class DefaultDeny {
  private DefaultDeny() {}

  static boolean covers(ClusterModel model, String namespace, Direction direction) {
    for (NetworkPolicy p : model.networkPolicies()) {
      if (p.namespace().equals(namespace) && p.affects(direction) && p.podSelector().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
