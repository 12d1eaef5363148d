package dev.bulwark.checks.pss;

import dev.bulwark.api.JsonPointer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which catalog checks report each Pod Security control, so that {@code bulwark scan} counts a
 * problem once: {@code pod-security-standards} leaves covered controls to those checks. The catalog
 * checks are finer-grained and sometimes opinionated (they skip Windows pods, take allow-lists), so
 * this is a mapping of controls, not a promise of identical verdicts; {@code bulwark pss} gives the
 * exact ones. Keep it in step with the catalog: a test fails when a check named here no longer
 * exists.
 */
final class CatalogCoverage {
  private static final Map<PssCheckId, Set<String>> COVERED_BY =
      Map.ofEntries(
          Map.entry(PssCheckId.APP_ARMOR_PROFILE, Set.of("apparmor-unconfined")),
          Map.entry(PssCheckId.CAPABILITIES_BASELINE, Set.of("dangerous-capabilities")),
          Map.entry(PssCheckId.HOST_NAMESPACES, Set.of("host-namespaces")),
          Map.entry(PssCheckId.HOST_PATH_VOLUMES, Set.of("host-path-volume")),
          Map.entry(PssCheckId.HOST_PORTS, Set.of("host-port")),
          Map.entry(PssCheckId.PRIVILEGED, Set.of("privileged-container")),
          Map.entry(PssCheckId.PROC_MOUNT, Set.of("unmasked-proc-mount")),
          Map.entry(PssCheckId.SE_LINUX_OPTIONS, Set.of("selinux-custom-options")),
          Map.entry(PssCheckId.SECCOMP_PROFILE_BASELINE, Set.of("seccomp-unconfined")),
          Map.entry(PssCheckId.SYSCTLS, Set.of("unsafe-sysctls")),
          Map.entry(PssCheckId.WINDOWS_HOST_PROCESS, Set.of("windows-host-process")),
          Map.entry(PssCheckId.ALLOW_PRIVILEGE_ESCALATION, Set.of("allow-privilege-escalation")),
          Map.entry(
              PssCheckId.CAPABILITIES_RESTRICTED,
              Set.of("capabilities-not-dropped", "dangerous-capabilities")),
          Map.entry(PssCheckId.PROC_MOUNT_RESTRICTED, Set.of("unmasked-proc-mount")),
          Map.entry(PssCheckId.RUN_AS_NON_ROOT, Set.of("run-as-root")),
          Map.entry(PssCheckId.RUN_AS_USER, Set.of("run-as-root")),
          Map.entry(
              PssCheckId.SECCOMP_PROFILE_RESTRICTED,
              Set.of("seccomp-profile-missing", "seccomp-unconfined")));

  /** restrictedVolumes is covered only for hostPath volumes, which host-path-volume reports. */
  private static final String HOST_PATH_SOURCE = "hostPath";

  private CatalogCoverage() {}

  /** The catalog checks that report a control; empty when none does. */
  static Set<String> coveringChecks(PssCheckId control) {
    if (control == PssCheckId.RESTRICTED_VOLUMES) {
      return Set.of("host-path-volume");
    }
    return COVERED_BY.getOrDefault(control, Set.of());
  }

  /** The offending fields of a violation that no catalog check reports. */
  static List<JsonPointer> uncovered(PssViolation violation) {
    if (violation.check() == PssCheckId.RESTRICTED_VOLUMES) {
      return violation.pointers().stream()
          .filter(p -> !p.tokens().get(p.tokens().size() - 1).equals(HOST_PATH_SOURCE))
          .toList();
    }
    return COVERED_BY.containsKey(violation.check()) ? List.of() : violation.pointers();
  }

  /** Every catalog check id this table names (for the test that keeps it honest). */
  static Set<String> namedChecks() {
    return COVERED_BY.values().stream()
        .flatMap(Set::stream)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }
}
