package dev.bulwark.analysis.netpol;

import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns a Pod or a workload object into the workload the analysis sees: a controller-owned Pod
 * becomes its owner (a ReplicaSet keeps its hash suffix), a workload object its pod template.
 */
final class WorkloadReader {
  /** Kinds whose pods the analysis models (PodTemplate is not running anything). */
  static final Set<String> KINDS =
      Set.of("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob");

  private static final Set<String> GROUPS = Set.of("", "apps", "extensions", "batch");

  private WorkloadReader() {}

  static boolean isWorkload(Resource r) {
    return KINDS.contains(r.kind()) && GROUPS.contains(r.ref().group());
  }

  /** The workload, or empty for objects that run no pods we can model. */
  static Optional<Workload> read(Resource r) {
    Optional<PodSpecRef> spec = Workloads.podSpec(r);
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    PodSpecRef pod = spec.get();
    String namespace = r.namespace() == null || r.namespace().isEmpty() ? "default" : r.namespace();
    String kind = r.kind();
    String name = r.name();
    if (kind.equals("Pod")) {
      if (name.startsWith("virt-launcher-")) {
        return Optional.empty(); // the wrapper of a KubeVirt VM, not a peer of its own
      }
      JsonNode owner = controller(r.object().path("metadata").path("ownerReferences"));
      if (owner != null && !"Node".equals(Json.text(owner.path("kind")))) {
        String ownerKind = Json.text(owner.path("kind"));
        kind = ownerKind == null || ownerKind.isEmpty() ? "Pod" : ownerKind;
        name = Json.text(owner.path("name"));
      }
    }
    Map<String, String> labels = Resource.stringMap(pod.metadata().path("labels"));
    return Optional.of(
        new Workload(kind, namespace, name, labels, ports(pod.spec()), Json.isTrue(pod.spec().path("hostNetwork")), r));
  }

  /** The owner reference marked {@code controller: true}, or null. */
  private static JsonNode controller(JsonNode ownerReferences) {
    for (JsonNode ref : ownerReferences) {
      if (Json.isTrue(ref.path("controller")) && Json.text(ref.path("name")) != null) {
        return ref;
      }
    }
    return null;
  }

  /** Ports of the regular containers; init and ephemeral containers serve nothing. */
  private static List<ContainerPort> ports(JsonNode podSpec) {
    List<ContainerPort> out = new ArrayList<>();
    for (JsonNode container : podSpec.path("containers")) {
      for (JsonNode port : container.path("ports")) {
        Integer number = Json.integer(port.path("containerPort"));
        if (number == null) {
          continue;
        }
        Protocol protocol;
        try {
          protocol = Protocol.parse(Json.text(port.path("protocol")));
        } catch (NetpolInputException e) {
          continue; // a port we cannot model is one no policy can name either
        }
        out.add(new ContainerPort(Json.text(port.path("name")), number, protocol));
      }
    }
    return out;
  }
}
