package dev.bulwark.cluster;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one LIST item into the object a manifest would hold: {@code apiVersion} and {@code kind}
 * first (list items leave them out), without {@code managedFields} and {@code status}, which are
 * server noise no check reads and which would double the memory a large cluster needs, and without
 * Secret values unless the user asked for them.
 */
final class ObjectCleaner {
  /** kubectl's copy of the applied manifest: for a Secret it holds the values in clear. */
  static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  private final boolean keepSecretValues;

  ObjectCleaner(boolean keepSecretValues) {
    this.keepSecretValues = keepSecretValues;
  }

  ObjectNode clean(ClusterKind kind, ObjectNode item) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("apiVersion", kind.apiVersion());
    out.put("kind", kind.kind());
    for (Map.Entry<String, JsonNode> field : item.properties()) {
      String name = field.getKey();
      if (!name.equals("apiVersion") && !name.equals("kind") && !name.equals("status")) {
        out.set(name, field.getValue());
      }
    }
    if (out.get("metadata") instanceof ObjectNode metadata) {
      metadata.remove("managedFields");
      if (isSecret(kind) && !keepSecretValues
          && metadata.get("annotations") instanceof ObjectNode annotations) {
        annotations.remove(LAST_APPLIED);
      }
    }
    if (isSecret(kind) && !keepSecretValues) {
      out.remove("data");
      out.remove("stringData");
    }
    return out;
  }

  private static boolean isSecret(ClusterKind kind) {
    return kind.group().isEmpty() && kind.kind().equals("Secret");
  }
}
