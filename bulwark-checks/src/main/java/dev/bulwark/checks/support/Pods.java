package dev.bulwark.checks.support;

import dev.bulwark.api.PodSpecRef;
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
}
