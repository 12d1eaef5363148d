package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;

/**
 * Where a finding about a namespace goes: on its Namespace object, or, when the manifests do not
 * define the namespace, on its first workload (by kind and name), so that the finding still has a
 * file and a line.
 *
 * @param namespace the namespace the resource stands for
 * @param pointer the field to point at
 */
record NamespaceAnchor(String namespace, JsonPointer pointer) {

  /** The namespace this resource stands for, or null when it does not stand for one. */
  static NamespaceAnchor of(Resource r, Inventory inventory) {
    if (r.kind().equals("Namespace") && r.ref().group().isEmpty()) {
      return new NamespaceAnchor(r.name(), JsonPointer.of("metadata", "name"));
    }
    if (!Workloads.isWorkload(r.kind()) || r.kind().equals("PodTemplate")) {
      return null;
    }
    String namespace = r.namespace() == null || r.namespace().isEmpty() ? "default" : r.namespace();
    for (Resource n : inventory.ofKind("Namespace")) {
      if (n.name().equals(namespace) && n.ref().group().isEmpty()) {
        return null;
      }
    }
    // The namespace's first workload by identity, not by load order: files, dumps and live
    // clusters list the same objects in different orders.
    Resource first = null;
    for (Resource other : inventory.all()) {
      if (Workloads.isWorkload(other.kind()) && !other.kind().equals("PodTemplate")) {
        String otherNs = other.namespace() == null || other.namespace().isEmpty() ? "default" : other.namespace();
        if (otherNs.equals(namespace) && (first == null || other.ref().compareTo(first.ref()) < 0)) {
          first = other;
        }
      }
    }
    if (first != r) {
      return null;
    }
    return new NamespaceAnchor(namespace, r.object().path("metadata").has("namespace")
        ? JsonPointer.of("metadata", "namespace")
        : JsonPointer.of("metadata"));
  }
}
