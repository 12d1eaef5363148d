package dev.bulwark.checks.support;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The pods an inventory would run, as selectors see them: by namespace and labels. */
public final class PodTemplates {
  private PodTemplates() {}

  /** Workload kinds in a fixed order, so that results do not depend on hash order. */
  private static final List<String> WORKLOAD_KINDS = Workloads.KINDS.stream().sorted().toList();

  /**
   * Every pod spec (bare Pods and workload templates) in a namespace. Reads the inventory's
   * indexes, not every object: selector checks call this once per Service or NetworkPolicy, and on
   * a 12,000-object cluster a full pass each time made them the slowest checks by far. {@value
   * Namespaces#DEFAULT} also holds the workloads that name no namespace, which only a pass over the
   * workload kinds finds.
   */
  public static List<PodSpecRef> inNamespace(Inventory inventory, String namespace) {
    Stream<Resource> workloads =
        namespace.equals(Namespaces.DEFAULT)
            ? WORKLOAD_KINDS.stream()
                .flatMap(kind -> inventory.ofKind(kind).stream())
                .filter(r -> Namespaces.of(r).equals(namespace))
            : inventory.inNamespace(namespace).stream().filter(r -> Workloads.isWorkload(r.kind()));
    return workloads.map(Workloads::podSpec).flatMap(Optional::stream).toList();
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
