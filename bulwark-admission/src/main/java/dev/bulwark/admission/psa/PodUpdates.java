package dev.bulwark.admission.psa;

import tools.jackson.databind.JsonNode;

/**
 * Upstream's test for a pod update worth evaluating: the API server lets a running pod change
 * little, and of that only container images (and added ephemeral containers) can change a Pod
 * Security verdict. Metadata, tolerations, resources and status changes are allowed unevaluated.
 */
final class PodUpdates {
  private PodUpdates() {}

  static boolean significant(JsonNode pod, JsonNode oldPod) {
    JsonNode spec = pod.path("spec");
    JsonNode oldSpec = oldPod.path("spec");
    for (String list : new String[] {"containers", "initContainers"}) {
      JsonNode now = spec.path(list);
      JsonNode before = oldSpec.path(list);
      if (size(now) != size(before)) {
        return true;
      }
      for (int i = 0; i < size(now); i++) {
        if (!image(now.get(i)).equals(image(before.get(i)))) {
          return true;
        }
      }
    }
    JsonNode ephemeral = spec.path("ephemeralContainers");
    JsonNode oldEphemeral = oldSpec.path("ephemeralContainers");
    for (int i = 0; i < size(ephemeral); i++) {
      JsonNode container = ephemeral.get(i);
      JsonNode previous = byName(oldEphemeral, name(container));
      if (previous == null || !image(container).equals(image(previous))) {
        return true;
      }
    }
    return false;
  }

  /** Go decodes a missing or non-list field as an empty slice. */
  private static int size(JsonNode list) {
    return list.isArray() ? list.size() : 0;
  }

  private static JsonNode byName(JsonNode list, String name) {
    for (int i = 0; i < size(list); i++) {
      if (name(list.get(i)).equals(name)) {
        return list.get(i);
      }
    }
    return null;
  }

  private static String name(JsonNode container) {
    JsonNode n = container.path("name");
    return n.isString() ? n.stringValue() : "";
  }

  private static String image(JsonNode container) {
    JsonNode n = container.path("image");
    return n.isString() ? n.stringValue() : "";
  }
}
