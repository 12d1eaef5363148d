package dev.bulwark.checks.controlplane;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The components each workload of an inventory runs, read once per scan: the CIS items and the
 * control-plane checks all ask every workload for their component, and reading a command line is
 * most of the cost of answering.
 */
final class ComponentIndex {
  static final Inventory.Derived<ComponentIndex> OF_INVENTORY = ComponentIndex::new;

  private final Map<Resource, Map<Component, ComponentSettings>> byWorkload = new IdentityHashMap<>();

  private ComponentIndex(Inventory inventory) {
    for (Resource r : inventory.all()) {
      if (Workloads.isWorkload(r.kind())) {
        byWorkload.put(r, ComponentContainers.findAll(r));
      }
    }
  }

  /** {@link ComponentContainers#find} for a workload, from the index when it holds the object. */
  Optional<ComponentSettings> find(Resource workload, Component component) {
    Map<Component, ComponentSettings> found = byWorkload.get(workload);
    return found == null
        ? ComponentContainers.find(workload, component)
        : Optional.ofNullable(found.get(component));
  }
}
