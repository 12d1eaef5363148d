package dev.bulwark.api;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Kubernetes object as it was read: its JSON tree, where it came from and where each of its
 * fields sits in the source.
 *
 * @param ref the object's identity
 * @param object the object tree; never mutated after loading
 * @param documentIndex 0-based index of the YAML document in its file (a List's items share it)
 * @param sourceMap positions of the object's fields in {@link SourceMap#file()}
 */
public record Resource(ObjectRef ref, ObjectNode object, int documentIndex, SourceMap sourceMap) {

  /** The file the object came from. */
  public String file() {
    return sourceMap.file();
  }

  public String kind() {
    return ref.kind();
  }

  public String name() {
    return ref.name();
  }

  /** The namespace as written, or {@code null}. */
  public String namespace() {
    return ref.namespace();
  }

  /** The node at a pointer, or a missing node. */
  public JsonNode at(JsonPointer pointer) {
    return pointer.resolve(object);
  }

  /** Where a field sits (or, if absent, where its nearest present parent sits). */
  public Location locate(JsonPointer pointer) {
    return sourceMap.locate(pointer);
  }

  /** {@code metadata.labels} as a sorted map of strings. */
  public Map<String, String> labels() {
    return stringMap(object.path("metadata").path("labels"));
  }

  /** {@code metadata.annotations} as a sorted map of strings. */
  public Map<String, String> annotations() {
    return stringMap(object.path("metadata").path("annotations"));
  }

  /** Reads a mapping of scalars into a sorted map; non-scalar values are skipped. */
  public static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getValue().isValueNode() && !e.getValue().isNull()) {
          out.put(e.getKey(), e.getValue().asString());
        }
      }
    }
    return out;
  }
}
