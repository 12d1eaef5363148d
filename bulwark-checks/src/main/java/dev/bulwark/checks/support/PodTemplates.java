package dev.bulwark.checks.support;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The pods an inventory would run, as selectors see them: by namespace and labels. */
public final class PodTemplates {
  /** Pod specs by namespace, built once per inventory. */
  private static final Inventory.Derived<Map<String, List<PodSpecRef>>> BY_NAMESPACE =
      inventory ->
          inventory.all().stream()
              .filter(r -> Workloads.isWorkload(r.kind()))
              .map(Workloads::podSpec)
              .flatMap(Optional::stream)
              .collect(Collectors.groupingBy(p -> Namespaces.of(p.owner()), Collectors.toUnmodifiableList()));

  private PodTemplates() {}

  /** Every pod spec (bare Pods and workload templates) in a namespace, in inventory order. */
  public static List<PodSpecRef> inNamespace(Inventory inventory, String namespace) {
    return inventory.derived(BY_NAMESPACE).getOrDefault(namespace, List.of());
  }

  /** The labels the pods get: {@code metadata.labels} of the pod or of the template. */
  public static Map<String, String> labels(PodSpecRef pod) {
    return Resource.stringMap(pod.metadata().path("labels"));
  }

  /**
   * The pod specs in a namespace whose pods a selector picks, counting the labels their controllers
   * add ({@link ControllerLabels}).
   */
  public static List<PodSpecRef> selectedBy(
      LabelSelector selector, Inventory inventory, String namespace) {
    return inNamespace(inventory, namespace).stream()
        .filter(pod -> selector.matches(labels(pod), ControllerLabels.of(pod)))
        .toList();
  }
}
