package dev.bulwark.checks.hygiene;

import dev.bulwark.api.CheckContext;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.checks.support.ApiGroups;
import dev.bulwark.checks.support.LabelSelector;
import dev.bulwark.checks.support.Namespaces;
import dev.bulwark.checks.support.PodTemplates;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the selects-nothing checks share: matching pods, and when not to judge. */
final class SelectionCheck {
  private static final int LISTED = 3;

  /** "Kind name" of the custom resources in each namespace, built once per inventory. */
  private static final Inventory.Derived<Map<String, List<String>>> CUSTOM_RESOURCES =
      inventory ->
          inventory.all().stream()
              .filter(ApiGroups::isCustomResource)
              .collect(
                  Collectors.groupingBy(
                      Namespaces::of,
                      Collectors.mapping(r -> r.kind() + " " + r.name(), Collectors.toUnmodifiableList())));

  private SelectionCheck() {}

  /**
   * True when no pod template in the namespace matches. On a partial scan, throws {@link
   * NotEvaluatedException} instead when that cannot be told: the namespace has no pod template at
   * all (the workloads are in other files), or it holds custom resources, whose operators create
   * pods no template describes (a Prometheus object, say, and the pods of its StatefulSet).
   */
  static boolean selectsNothing(CheckContext context, String namespace, LabelSelector selector) {
    boolean partial = !context.inventoryComplete();
    if (partial && PodTemplates.inNamespace(context.inventory(), namespace).isEmpty()) {
      throw new NotEvaluatedException(
          "no workload in namespace "
              + namespace
              + " was scanned, so the selected pods may exist elsewhere");
    }
    if (!PodTemplates.selectedBy(selector, context.inventory(), namespace).isEmpty()) {
      return false;
    }
    List<String> customResources =
        context.inventory().derived(CUSTOM_RESOURCES).getOrDefault(namespace, List.of());
    if (partial && !customResources.isEmpty()) {
      throw new NotEvaluatedException(
          "namespace "
              + namespace
              + " holds custom resources ("
              + String.join(
                  ", ", customResources.subList(0, Math.min(LISTED, customResources.size())))
              + (customResources.size() > LISTED ? ", …" : "")
              + ") whose operators may create the selected pods");
    }
    return true;
  }
}
