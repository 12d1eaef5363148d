package dev.bulwark.checks.pss;

import java.util.ArrayList;
import java.util.List;

/** Baseline {@code hostNamespaces}: no {@code hostNetwork}, {@code hostPID} or {@code hostIPC}. */
final class HostNamespaces implements PssCheck {

  @Override
  public PssViolation evaluate(PssPod pod) {
    if (!pod.hostNetwork && !pod.hostPID && !pod.hostIPC) {
      return null;
    }
    List<String> shared = new ArrayList<>(3);
    Offenders bad = null;
    if (pod.hostNetwork) {
      shared.add("hostNetwork=true");
      bad = Offenders.point(bad, pod.specField("hostNetwork"));
    }
    if (pod.hostPID) {
      shared.add("hostPID=true");
      bad = Offenders.point(bad, pod.specField("hostPID"));
    }
    if (pod.hostIPC) {
      shared.add("hostIPC=true");
      bad = Offenders.point(bad, pod.specField("hostIPC"));
    }
    return new PssViolation(
        PssCheckId.HOST_NAMESPACES, "host namespaces", String.join(", ", shared), bad.pointers);
  }
}
