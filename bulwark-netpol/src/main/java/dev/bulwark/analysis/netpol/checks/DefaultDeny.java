package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.analysis.netpol.ClusterModel;
import dev.bulwark.analysis.netpol.Direction;
import dev.bulwark.analysis.netpol.NetworkPolicy;
import dev.bulwark.analysis.netpol.PolicyQueries;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Violation;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A namespace has a default-deny for a direction when one of its NetworkPolicies selects every
 * pod ({@code podSelector: {}}) for that direction: every pod, including pods created later, is
 * then isolated, and only what some rule allows gets through.
 */
final class DefaultDeny {
  /** Per direction, the namespaces some policy isolates entirely; read once per inventory. */
  private static final Inventory.Derived<Map<Direction, Set<String>>> COVERED =
      inventory -> covered(PolicyQueries.of(inventory).model());

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
    if (context.inventory().derived(COVERED).get(direction).contains(anchor.namespace())) {
      return List.of();
    }
    return List.of(
        Violation.at(
            anchor.pointer(),
            "namespace %s has no NetworkPolicy that isolates all its pods for %s",
            anchor.namespace(),
            direction.name().toLowerCase(Locale.ROOT)));
  }

  private static Map<Direction, Set<String>> covered(ClusterModel model) {
    Map<Direction, Set<String>> out = new EnumMap<>(Direction.class);
    for (Direction direction : Direction.values()) {
      Set<String> namespaces = new HashSet<>();
      for (NetworkPolicy p : model.networkPolicies()) {
        if (p.affects(direction) && p.podSelector().isEmpty()) {
          namespaces.add(p.namespace());
        }
      }
      out.put(direction, Set.copyOf(namespaces));
    }
    return out;
  }
}
