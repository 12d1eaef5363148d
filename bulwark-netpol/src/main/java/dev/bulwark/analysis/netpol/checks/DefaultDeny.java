package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.analysis.netpol.ClusterModel;
import dev.bulwark.analysis.netpol.Direction;
import dev.bulwark.analysis.netpol.NetworkPolicy;
import dev.bulwark.analysis.netpol.PolicyQueries;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Violation;
import java.util.List;
import java.util.Locale;

/**
 * A namespace has a default-deny for a direction when one of its NetworkPolicies selects every
 * pod ({@code podSelector: {}}) for that direction: every pod, including pods created later, is
 * then isolated, and only what some rule allows gets through.
 */
final class DefaultDeny {
  private DefaultDeny() {}

  /**
   * The finding of the namespace-without-default-deny checks: reported once per namespace, on the
   * object {@link NamespaceAnchor} picks, when no policy isolates every pod for the direction.
   */
  static List<Violation> missing(Resource resource, CheckContext context, Direction direction) {
    NamespaceAnchor anchor = NamespaceAnchor.of(resource, context.inventory());
    if (anchor == null) {
      return List.of();
    }
    PolicyQueries q = PolicyQueries.of(context.inventory());
    if (covers(q.model(), anchor.namespace(), direction)) {
      return List.of();
    }
    return List.of(
        Violation.at(
            anchor.pointer(),
            "namespace %s has no NetworkPolicy that isolates all its pods for %s",
            anchor.namespace(),
            direction.name().toLowerCase(Locale.ROOT)));
  }

  static boolean covers(ClusterModel model, String namespace, Direction direction) {
    for (NetworkPolicy p : model.networkPolicies()) {
      if (p.namespace().equals(namespace) && p.affects(direction) && p.podSelector().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
