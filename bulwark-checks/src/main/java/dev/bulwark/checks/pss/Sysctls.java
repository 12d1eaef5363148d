package dev.bulwark.checks.pss;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Baseline {@code sysctls}: pod sysctls must be namespaced and isolated from other pods. The safe
 * list grows with the version: v1.27, v1.29, v1.32 and v1.37 each added names. Values are not read.
 */
final class Sysctls implements PssCheck {
  private static final List<String> SAFE_V1_0 =
      List.of(
          "kernel.shm_rmid_forced",
          "net.ipv4.ip_local_port_range",
          "net.ipv4.tcp_syncookies",
          "net.ipv4.ping_group_range",
          "net.ipv4.ip_unprivileged_port_start");
  private static final List<String> ADDED_V1_27 = List.of("net.ipv4.ip_local_reserved_ports");
  private static final List<String> ADDED_V1_29 =
      List.of(
          "net.ipv4.tcp_keepalive_time",
          "net.ipv4.tcp_fin_timeout",
          "net.ipv4.tcp_keepalive_intvl",
          "net.ipv4.tcp_keepalive_probes");
  private static final List<String> ADDED_V1_32 = List.of("net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");
  private static final List<String> ADDED_V1_37 =
      List.of("net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat");

  private final Set<String> safe;

  private Sysctls(Set<String> safe) {
    this.safe = safe;
  }

  static Sysctls v1_0() {
    return of(SAFE_V1_0);
  }

  static Sysctls v1_27() {
    return of(SAFE_V1_0, ADDED_V1_27);
  }

  static Sysctls v1_29() {
    return of(SAFE_V1_0, ADDED_V1_27, ADDED_V1_29);
  }

  static Sysctls v1_32() {
    return of(SAFE_V1_0, ADDED_V1_27, ADDED_V1_29, ADDED_V1_32);
  }

  static Sysctls v1_37() {
    return of(SAFE_V1_0, ADDED_V1_27, ADDED_V1_29, ADDED_V1_32, ADDED_V1_37);
  }

  @SafeVarargs
  private static Sysctls of(List<String>... steps) {
    return new Sysctls(
        Set.copyOf(Stream.of(steps).flatMap(List::stream).collect(Collectors.toSet())));
  }

  @Override
  public PssViolation evaluate(PssPod pod) {
    JsonNode sysctls = pod.security.sysctls;
    Offenders bad = null;
    for (int i = 0; sysctls != null && i < sysctls.size(); i++) {
      JsonNode sysctl = sysctls.get(i);
      if (!sysctl.isObject() && !sysctl.isNull()) {
        continue; // Go could not decode it; the API server rejects the pod
      }
      // A null entry decodes to a sysctl with an empty name, which is not safe.
      String name = GoJson.string(sysctl, "name");
      if (!safe.contains(name)) {
        bad =
            Offenders.add(
                bad,
                name,
                pod.specField("securityContext", "sysctls", Integer.toString(i), "name"));
      }
    }
    if (bad == null) {
      return null;
    }
    return new PssViolation(
        PssCheckId.SYSCTLS, "forbidden sysctls", String.join(", ", bad.names), bad.pointers);
  }

  /** Every safe name at this revision, for tests and docs. */
  Set<String> safeNames() {
    return safe;
  }
}
