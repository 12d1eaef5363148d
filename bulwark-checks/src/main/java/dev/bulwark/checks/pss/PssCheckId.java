package dev.bulwark.checks.pss;

import java.util.Optional;

/**
 * The 19 upstream Pod Security checks, declared in upstream evaluation order: baseline IDs sorted
 * by byte value, then restricted IDs sorted by byte value. Messages list failures in this order.
 */
public enum PssCheckId {
  APP_ARMOR_PROFILE("appArmorProfile", PssLevel.BASELINE),
  CAPABILITIES_BASELINE("capabilities_baseline", PssLevel.BASELINE),
  HOST_NAMESPACES("hostNamespaces", PssLevel.BASELINE),
  HOST_PATH_VOLUMES("hostPathVolumes", PssLevel.BASELINE),
  HOST_PORTS("hostPorts", PssLevel.BASELINE),
  HOST_PROBES_AND_HOST_LIFECYCLE("hostProbesAndHostLifecycle", PssLevel.BASELINE),
  PRIVILEGED("privileged", PssLevel.BASELINE),
  PROC_MOUNT("procMount", PssLevel.BASELINE),
  SE_LINUX_OPTIONS("seLinuxOptions", PssLevel.BASELINE),
  SECCOMP_PROFILE_BASELINE("seccompProfile_baseline", PssLevel.BASELINE),
  SYSCTLS("sysctls", PssLevel.BASELINE),
  WINDOWS_HOST_PROCESS("windowsHostProcess", PssLevel.BASELINE),
  ALLOW_PRIVILEGE_ESCALATION("allowPrivilegeEscalation", PssLevel.RESTRICTED),
  CAPABILITIES_RESTRICTED("capabilities_restricted", PssLevel.RESTRICTED),
  PROC_MOUNT_RESTRICTED("procMount_restricted", PssLevel.RESTRICTED),
  RESTRICTED_VOLUMES("restrictedVolumes", PssLevel.RESTRICTED),
  RUN_AS_NON_ROOT("runAsNonRoot", PssLevel.RESTRICTED),
  RUN_AS_USER("runAsUser", PssLevel.RESTRICTED),
  SECCOMP_PROFILE_RESTRICTED("seccompProfile_restricted", PssLevel.RESTRICTED);

  private final String id;
  private final PssLevel level;

  PssCheckId(String id, PssLevel level) {
    this.id = id;
    this.level = level;
  }

  /** The upstream ID, e.g. {@code allowPrivilegeEscalation}. */
  public String id() {
    return id;
  }

  /** The lowest level that runs this check. */
  public PssLevel level() {
    return level;
  }

  /** The check with this upstream ID. */
  public static Optional<PssCheckId> byId(String id) {
    for (PssCheckId check : values()) {
      if (check.id.equals(id)) {
        return Optional.of(check);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
