package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a finding about a namespace goes: on its Namespace object, or, when the manifests do not
 * define the namespace, on its first workload (by kind and name), so that the finding still has a
 * file and a line.
 *
 * @param namespace the namespace the resource stands for
 * @param pointer the field to point at
 */
record NamespaceAnchor(String namespace, JsonPointer pointer) {

  /** Built once per inventory: asked for every workload, it would otherwise scan every object. */
  private static final Inventory.Derived<Anchors> ANCHORS = Anchors::of;

  /** The namespace this resource stands for, or null when it does not stand for one. */
  static NamespaceAnchor of(Resource r, Inventory inventory) {
    if (r.kind().equals("Namespace") && r.ref().group().isEmpty()) {
      return new NamespaceAnchor(r.name(), JsonPointer.of("metadata", "name"));
    }
    if (!isAnchorKind(r)) {
      return null;
    }
    String namespace = namespaceOf(r);
    Anchors anchors = inventory.derived(ANCHORS);
    if (anchors.defined().contains(namespace) || anchors.firstWorkload().get(namespace) != r) {
      return null;
    }
    return new NamespaceAnchor(namespace, r.object().path("metadata").has("namespace")
        ? JsonPointer.of("metadata", "namespace")
        : JsonPointer.of("metadata"));
  }

  private static boolean isAnchorKind(Resource r) {
    return Workloads.isWorkload(r.kind()) && !r.kind().equals("PodTemplate");
  }

  private static String namespaceOf(Resource r) {
    return r.namespace() == null || r.namespace().isEmpty() ? "default" : r.namespace();
  }

  /**
   * Namespaces that a core Namespace object defines, and each other namespace's first workload.
   *
   * @param defined names of the Namespace objects
   * @param firstWorkload per namespace, its workload with the smallest identity
   */
  private record Anchors(Set<String> defined, Map<String, Resource> firstWorkload) {
    static Anchors of(Inventory inventory) {
      Set<String> defined = new HashSet<>();
      for (Resource n : inventory.ofKind("Namespace")) {
        if (n.ref().group().isEmpty()) {
          defined.add(n.name());
        }
      }
      // The first by identity, not by load order: files, dumps and live clusters list the same
      // objects in different orders.
      Map<String, Resource> first = new HashMap<>();
      for (Resource r : inventory.all()) {
        if (isAnchorKind(r)) {
          first.merge(namespaceOf(r), r, (a, b) -> b.ref().compareTo(a.ref()) < 0 ? b : a);
        }
      }
      return new Anchors(Set.copyOf(defined), Map.copyOf(first));
    }
  }
}
