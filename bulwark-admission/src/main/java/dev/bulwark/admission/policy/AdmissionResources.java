package dev.bulwark.admission.policy;

import dev.bulwark.admission.decision.AdmissionRequest;
import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.SourceMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a request's object into the {@link Resource} checks read: no source positions, an origin
 * {@code admission://<namespace>/<kind>/<name or generateName>} where files have a path.
 */
public final class AdmissionResources {
  private AdmissionResources() {}

  /** The request's object as a resource, or null when the request carries none (DELETE). */
  public static Resource of(AdmissionRequest request) {
    if (request.object() == null || !request.object().isObject()) {
      return null;
    }
    ObjectNode object = (ObjectNode) request.object();
    JsonNode metadata = object.path("metadata");
    String name = text(metadata.path("name"));
    if (name.isEmpty()) {
      name = request.name();
    }
    String namespace = text(metadata.path("namespace"));
    if (namespace.isEmpty()) {
      namespace = request.namespace();
    }
    String kind = text(object.path("kind"));
    if (kind.isEmpty()) {
      kind = request.kind();
    }
    String shownName = name.isEmpty() ? text(metadata.path("generateName")) : name;
    boolean namespaced = !namespace.isEmpty() && !"Namespace".equals(kind);
    ObjectRef ref =
        new ObjectRef(text(object.path("apiVersion")), kind, namespaced ? namespace : null, name);
    return new Resource(
        ref,
        object,
        0,
        SourceMap.builder(origin(namespaced ? namespace : "", kind, shownName)).build());
  }

  /**
   * {@code admission://namespace/kind/name}; the namespace part is empty for cluster-scoped
   * objects.
   */
  public static String origin(String namespace, String kind, String name) {
    return "admission://" + namespace + "/" + kind + "/" + name;
  }

  private static String text(JsonNode node) {
    return node.isString() ? node.stringValue() : "";
  }
}
