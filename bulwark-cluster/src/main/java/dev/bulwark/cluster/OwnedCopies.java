package dev.bulwark.cluster;

import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drops objects a controller stamped out of a template it owns, so that a finding is reported once,
 * on the object a user wrote: a Pod owned by a ReplicaSet, Job, DaemonSet, StatefulSet or
 * ReplicationController, a ReplicaSet owned by a Deployment, a Job owned by a CronJob.
 *
 * <p>The rule: an object is dropped when its controller owner (the {@code ownerReferences} entry
 * with {@code controller: true}, matched by uid, else by kind and name in the same namespace) is in
 * the inventory and the object's pod spec equals the owner's template in every security-relevant
 * field: the pod's {@code securityContext}, {@code hostNetwork}, {@code hostPID}, {@code hostIPC},
 * {@code hostUsers} and {@code hostPath} volumes (the API server adds a token volume to every Pod,
 * so other volumes would always differ), and each container's (init, regular, ephemeral) name,
 * {@code image} and {@code securityContext}. An object that differs (edited in place, an ephemeral
 * debug container, a template changed since) is kept and reported on its own.
 */
public final class OwnedCopies {
  private static final Set<String> POD_FIELDS =
      Set.of("securityContext", "hostNetwork", "hostPID", "hostIPC", "hostUsers");
  private static final List<String> CONTAINER_LISTS =
      List.of("initContainers", "containers", "ephemeralContainers");
  private static final Map<String, Set<String>> OWNER_KINDS =
      Map.of(
          "Pod", Set.of("ReplicaSet", "Job", "DaemonSet", "StatefulSet", "ReplicationController"),
          "ReplicaSet", Set.of("Deployment"),
          "Job", Set.of("CronJob"));

  private OwnedCopies() {}

  /** The resources without the copies, in their original order. */
  public static List<Resource> without(List<Resource> resources) {
    Map<String, Resource> byUid = new HashMap<>();
    Map<String, Resource> byName = new HashMap<>();
    for (Resource r : resources) {
      String uid = r.object().path("metadata").path("uid").asString("");
      if (!uid.isEmpty()) {
        byUid.put(uid, r);
      }
      byName.put(key(r.kind(), r.namespace(), r.name()), r);
    }
    List<Resource> kept = new ArrayList<>(resources.size());
    for (Resource r : resources) {
      Resource owner = controller(r, byUid, byName);
      if (owner == null || !sameSecurity(podSpec(r), podSpec(owner))) {
        kept.add(r);
      }
    }
    return kept;
  }

  private static Resource controller(
      Resource r, Map<String, Resource> byUid, Map<String, Resource> byName) {
    Set<String> ownerKinds = OWNER_KINDS.get(r.kind());
    if (ownerKinds == null) {
      return null;
    }
    for (JsonNode ref : r.object().path("metadata").path("ownerReferences")) {
      String kind = ref.path("kind").asString("");
      if (!ref.path("controller").asBoolean(false) || !ownerKinds.contains(kind)) {
        continue;
      }
      Resource owner = byUid.get(ref.path("uid").asString(""));
      if (owner == null) {
        owner = byName.get(key(kind, r.namespace(), ref.path("name").asString("")));
      }
      if (owner != null && owner.kind().equals(kind)) {
        return owner;
      }
    }
    return null;
  }

  /** The pod spec of a Pod, or the template's of a controller. */
  private static JsonNode podSpec(Resource r) {
    JsonNode spec = r.object().path("spec");
    return switch (r.kind()) {
      case "Pod" -> spec;
      case "CronJob" -> spec.path("jobTemplate").path("spec").path("template").path("spec");
      default -> spec.path("template").path("spec");
    };
  }

  private static boolean sameSecurity(JsonNode a, JsonNode b) {
    return securityView(a).equals(securityView(b));
  }

  /** The fields the rule compares; an empty object and an absent one count as the same. */
  private static ObjectNode securityView(JsonNode podSpec) {
    ObjectNode view = JsonNodeFactory.instance.objectNode();
    for (String field : POD_FIELDS.stream().sorted().toList()) {
      putIfSet(view, field, podSpec.path(field));
    }
    ArrayNode hostPaths = view.putArray("hostPathVolumes");
    for (JsonNode volume : podSpec.path("volumes")) {
      if (volume.has("hostPath")) {
        hostPaths.add(volume);
      }
    }
    for (String list : CONTAINER_LISTS) {
      ObjectNode containers = view.putObject(list);
      for (JsonNode container : podSpec.path(list)) {
        ObjectNode c = containers.putObject(container.path("name").asString(""));
        putIfSet(c, "image", container.path("image"));
        putIfSet(c, "securityContext", container.path("securityContext"));
      }
    }
    return view;
  }

  private static void putIfSet(ObjectNode view, String field, JsonNode value) {
    if (!value.isMissingNode() && !value.isNull() && !(value.isContainer() && value.isEmpty())) {
      view.set(field, value);
    }
  }

  private static String key(String kind, String namespace, String name) {
    return kind + '\u0000' + (namespace == null ? "" : namespace) + '\u0000' + name;
  }
}
