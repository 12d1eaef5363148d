package dev.bulwark.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds the pod spec inside every kind of object that runs pods. */
public final class Workloads {
  /** Kinds that carry a pod spec, and where it is. */
  private static final Map<String, String[]> POD_SPEC_PATHS =
      Map.of(
          "Pod", new String[] {},
          "PodTemplate", new String[] {"template"},
          "Deployment", new String[] {"spec", "template"},
          "StatefulSet", new String[] {"spec", "template"},
          "DaemonSet", new String[] {"spec", "template"},
          "ReplicaSet", new String[] {"spec", "template"},
          "ReplicationController", new String[] {"spec", "template"},
          "Job", new String[] {"spec", "template"},
          "CronJob", new String[] {"spec", "jobTemplate", "spec", "template"});

  /** Every kind that carries a pod spec. */
  public static final Set<String> KINDS = POD_SPEC_PATHS.keySet();

  private Workloads() {}

  /** True when objects of this kind run pods. */
  public static boolean isWorkload(String kind) {
    return POD_SPEC_PATHS.containsKey(kind);
  }

  /** The pod spec of a workload, or empty for other kinds and for workloads without one. */
  public static Optional<PodSpecRef> podSpec(Resource resource) {
    String[] path = POD_SPEC_PATHS.get(resource.kind());
    if (path == null) {
      return Optional.empty();
    }
    JsonPointer template = JsonPointer.ROOT.append(path);
    JsonPointer spec = template.append("spec");
    if (!resource.at(spec).isObject()) {
      return Optional.empty();
    }
    return Optional.of(new PodSpecRef(resource, spec, template.append("metadata")));
  }

  /** Every container of a workload, or none. */
  public static List<ContainerRef> containers(Resource resource) {
    return podSpec(resource).map(PodSpecRef::containers).orElse(List.of());
  }
}
