package dev.bulwark.checks.pss;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every check with its revisions, and the plan each level and version runs: for each check the
 * newest revision not newer than the version, in upstream order; at restricted, baseline checks
 * that a restricted check replaces are left out. Plans are built once, so an evaluation is a loop.
 */
final class PssRegistry {
  private static final Map<PssCheckId, Definition> DEFINITIONS = definitions();
  private static final PssCheck[][] BASELINE = plans(PssLevel.BASELINE);
  private static final PssCheck[][] RESTRICTED = plans(PssLevel.RESTRICTED);

  private PssRegistry() {}

  static PssResult evaluate(PssPolicy policy, PssPod pod) {
    if (policy.level() == PssLevel.PRIVILEGED) {
      return new PssResult(policy, List.of());
    }
    int minor = policy.version().effectiveMinor();
    PssCheck[] plan = policy.level() == PssLevel.BASELINE ? BASELINE[minor] : RESTRICTED[minor];
    List<PssViolation> violations = null;
    for (PssCheck check : plan) {
      PssViolation violation = check.evaluate(pod);
      if (violation != null) {
        violations = violations == null ? new ArrayList<>(4) : violations;
        violations.add(violation);
      }
    }
    return new PssResult(policy, violations == null ? List.of() : violations);
  }

  /** The IDs a level runs at a minor version, in evaluation order (for tests and docs). */
  static List<PssCheckId> plannedIds(PssLevel level, int minor) {
    List<PssCheckId> ids = new ArrayList<>();
    for (PssCheckId id : PssCheckId.values()) {
      if (activeAt(id, level, minor) != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * The revision of one check in force at a minor version, whatever the level, or {@code null}
   * before the check existed (for tests that follow one check across versions).
   */
  static PssCheck revisionAt(PssCheckId id, int minor) {
    return DEFINITIONS.get(id).revisionAt(minor);
  }

  private static PssCheck[][] plans(PssLevel level) {
    PssCheck[][] plans = new PssCheck[PssVersion.NEWEST_KNOWN_MINOR + 1][];
    for (int minor = 0; minor < plans.length; minor++) {
      List<PssCheck> plan = new ArrayList<>();
      for (PssCheckId id : PssCheckId.values()) {
        PssCheck check = activeAt(id, level, minor);
        if (check != null) {
          plan.add(check);
        }
      }
      plans[minor] = plan.toArray(new PssCheck[0]);
    }
    return plans;
  }

  /** The revision of a check that a level runs at a minor version, or {@code null}. */
  private static PssCheck activeAt(PssCheckId id, PssLevel level, int minor) {
    if (id.level().isStricterThan(level)) {
      return null;
    }
    if (level == PssLevel.RESTRICTED && replacedAt(id, minor)) {
      return null;
    }
    return DEFINITIONS.get(id).revisionAt(minor);
  }

  /** True when a restricted check active at this version replaces the given baseline check. */
  private static boolean replacedAt(PssCheckId baselineCheck, int minor) {
    for (Definition d : DEFINITIONS.values()) {
      if (d.replaces == baselineCheck && d.revisionAt(minor) != null) {
        return true;
      }
    }
    return false;
  }

  private static Map<PssCheckId, Definition> definitions() {
    Map<PssCheckId, Definition> all = new EnumMap<>(PssCheckId.class);
    // Baseline.
    all.put(PssCheckId.APP_ARMOR_PROFILE, Definition.of(0, new AppArmorProfile()));
    all.put(PssCheckId.CAPABILITIES_BASELINE, Definition.of(0, new CapabilitiesBaseline()));
    all.put(PssCheckId.HOST_NAMESPACES, Definition.of(0, new HostNamespaces()));
    all.put(PssCheckId.HOST_PATH_VOLUMES, Definition.of(0, new HostPathVolumes()));
    all.put(PssCheckId.HOST_PORTS, Definition.of(0, new HostPorts()));
    all.put(
        PssCheckId.HOST_PROBES_AND_HOST_LIFECYCLE,
        Definition.of(34, new HostProbesAndHostLifecycle()));
    all.put(PssCheckId.PRIVILEGED, Definition.of(0, new Privileged()));
    all.put(
        PssCheckId.PROC_MOUNT,
        Definition.of(0, ProcMount.unconditional(PssCheckId.PROC_MOUNT))
            .then(35, ProcMount.relaxedInUserNamespace()));
    all.put(
        PssCheckId.SE_LINUX_OPTIONS,
        Definition.of(0, SeLinuxOptions.v1_0()).then(31, SeLinuxOptions.v1_31()));
    all.put(
        PssCheckId.SECCOMP_PROFILE_BASELINE,
        Definition.of(0, new SeccompBaselineAnnotations()).then(19, new SeccompBaselineFields()));
    all.put(
        PssCheckId.SYSCTLS,
        Definition.of(0, Sysctls.v1_0())
            .then(27, Sysctls.v1_27())
            .then(29, Sysctls.v1_29())
            .then(32, Sysctls.v1_32())
            .then(37, Sysctls.v1_37()));
    all.put(PssCheckId.WINDOWS_HOST_PROCESS, Definition.of(0, new WindowsHostProcess()));
    // Restricted.
    all.put(
        PssCheckId.ALLOW_PRIVILEGE_ESCALATION,
        Definition.of(8, new AllowPrivilegeEscalation(false))
            .then(25, new AllowPrivilegeEscalation(true)));
    all.put(
        PssCheckId.CAPABILITIES_RESTRICTED,
        Definition.of(22, new CapabilitiesRestricted(false))
            .then(25, new CapabilitiesRestricted(true))
            .replacing(PssCheckId.CAPABILITIES_BASELINE));
    all.put(
        PssCheckId.PROC_MOUNT_RESTRICTED,
        Definition.of(35, ProcMount.unconditional(PssCheckId.PROC_MOUNT_RESTRICTED))
            .replacing(PssCheckId.PROC_MOUNT));
    all.put(
        PssCheckId.RESTRICTED_VOLUMES,
        Definition.of(0, new RestrictedVolumes()).replacing(PssCheckId.HOST_PATH_VOLUMES));
    all.put(
        PssCheckId.RUN_AS_NON_ROOT,
        Definition.of(0, new RunAsNonRoot(false)).then(35, new RunAsNonRoot(true)));
    all.put(
        PssCheckId.RUN_AS_USER,
        Definition.of(23, new RunAsUser(false)).then(35, new RunAsUser(true)));
    all.put(
        PssCheckId.SECCOMP_PROFILE_RESTRICTED,
        Definition.of(19, new SeccompProfileRestricted(false))
            .then(25, new SeccompProfileRestricted(true))
            .replacing(PssCheckId.SECCOMP_PROFILE_BASELINE));
    if (all.size() != PssCheckId.values().length) {
      throw new IllegalStateException("every check needs a definition");
    }
    return all;
  }

  /**
   * A check's revisions, oldest first, and the baseline check it replaces at restricted.
   *
   * @param since the first minor version of each revision, strictly increasing
   * @param revisions the implementation from that version on
   * @param replaces the baseline check this restricted check stands in for, or {@code null}
   */
  private record Definition(int[] since, PssCheck[] revisions, PssCheckId replaces) {

    static Definition of(int since, PssCheck check) {
      return new Definition(new int[] {since}, new PssCheck[] {check}, null);
    }

    Definition then(int since, PssCheck check) {
      if (since <= this.since[this.since.length - 1]) {
        throw new IllegalArgumentException("revisions must be in increasing version order");
      }
      int[] s = java.util.Arrays.copyOf(this.since, this.since.length + 1);
      PssCheck[] r = java.util.Arrays.copyOf(revisions, revisions.length + 1);
      s[s.length - 1] = since;
      r[r.length - 1] = check;
      return new Definition(s, r, replaces);
    }

    Definition replacing(PssCheckId baselineCheck) {
      return new Definition(since, revisions, baselineCheck);
    }

    /** The newest revision not newer than {@code minor}, or {@code null} before the first. */
    PssCheck revisionAt(int minor) {
      PssCheck active = null;
      for (int i = 0; i < since.length && since[i] <= minor; i++) {
        active = revisions[i];
      }
      return active;
    }
  }
}
