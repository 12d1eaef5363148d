package dev.bulwark.checks.support;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import java.util.List;
import java.util.Optional;

/** Facts about a pod spec as a whole that several checks need. */
public final class Pods {
  private static final String WINDOWS = "windows";

  private Pods() {}

  /**
   * True when the pod is meant for Windows nodes: {@code spec.os.name: windows}, the field the API
   * server and Pod Security use, or, for manifests written before that field existed, a {@code
   * kubernetes.io/os: windows} node selector, which pins the pods to Windows nodes just as surely.
   */
  public static boolean isWindows(PodSpecRef pod) {
    Optional<String> os = JsonValues.string(pod.spec().path("os").path("name"));
    if (os.isPresent()) {
      return os.get().equals(WINDOWS);
    }
    return JsonValues.string(pod.spec().path("nodeSelector").path("kubernetes.io/os"))
        .filter(WINDOWS::equals)
        .isPresent();
  }

  /** The pod spec of a workload unless it is meant for Windows nodes ({@link #isWindows}). */
  public static Optional<PodSpecRef> linuxPodSpec(Resource resource) {
    return Workloads.podSpec(resource).filter(pod -> !isWindows(pod));
  }

  /**
   * Every container of a workload, or none when its pod is meant for Windows nodes: for checks of
   * Linux-only settings, which the API server rejects on Windows pods and Windows ignores.
   */
  public static List<ContainerRef> linuxContainers(Resource resource) {
    return linuxPodSpec(resource).map(PodSpecRef::containers).orElse(List.of());
  }
}
