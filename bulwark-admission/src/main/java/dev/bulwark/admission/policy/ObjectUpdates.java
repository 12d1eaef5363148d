package dev.bulwark.admission.policy;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether an update changed anything a check could read: everything but {@code status} and the
 * bookkeeping metadata that controllers and the API server change on every write (resourceVersion,
 * managedFields, finalizers, owner references, …). A Deployment scaled or a finalizer removed is
 * not re-judged, so a policy added later cannot wedge garbage collection or rollouts.
 */
final class ObjectUpdates {
  private static final Set<String> BOOKKEEPING =
      Set.of(
          "resourceVersion",
          "generation",
          "managedFields",
          "uid",
          "creationTimestamp",
          "selfLink",
          "ownerReferences",
          "finalizers",
          "deletionTimestamp",
          "deletionGracePeriodSeconds");

  private ObjectUpdates() {}

  static boolean relevantChange(JsonNode object, JsonNode oldObject) {
    if (!sameExcept(object, oldObject, "status", "metadata")) {
      return true;
    }
    JsonNode metadata = object.path("metadata");
    JsonNode oldMetadata = oldObject.path("metadata");
    return !sameExcept(metadata, oldMetadata, BOOKKEEPING);
  }

  private static boolean sameExcept(JsonNode a, JsonNode b, String... skipped) {
    return sameExcept(a, b, Set.of(skipped));
  }

  private static boolean sameExcept(JsonNode a, JsonNode b, Set<String> skipped) {
    if (!a.isObject() || !b.isObject()) {
      return a.equals(b);
    }
    int compared = 0;
    for (Map.Entry<String, JsonNode> e : a.properties()) {
      if (skipped.contains(e.getKey())) {
        continue;
      }
      compared++;
      JsonNode other = b.get(e.getKey());
      if (other == null || !other.equals(e.getValue())) {
        return false;
      }
    }
    int otherCount = 0;
    for (String key : b.propertyNames()) {
      if (!skipped.contains(key)) {
        otherCount++;
      }
    }
    return compared == otherCount;
  }
}
