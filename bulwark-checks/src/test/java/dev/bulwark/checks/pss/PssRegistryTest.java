package dev.bulwark.checks.pss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plans: which checks run at each level and version, in which order. */
class PssRegistryTest {

  @Test
  void checkOrderIsUpstreamsBaselineThenRestrictedEachSortedByBytes() {
    List<String> baseline = new ArrayList<>();
    List<String> restricted = new ArrayList<>();
    for (PssCheckId id : PssCheckId.values()) {
      (id.level() == PssLevel.BASELINE ? baseline : restricted).add(id.id());
    }
    assertThat(baseline).hasSize(12).isSorted();
    assertThat(restricted).hasSize(7).isSorted();
    assertThat(Arrays.stream(PssCheckId.values()).map(PssCheckId::id))
        .startsWith(baseline.toArray(String[]::new))
        .endsWith(restricted.toArray(String[]::new));
  }

  @Test
  void baselineGainsHostProbesAtV134() {
    assertThat(PssRegistry.plannedIds(PssLevel.BASELINE, 33)).hasSize(11);
    assertThat(PssRegistry.plannedIds(PssLevel.BASELINE, 34))
        .hasSize(12)
        .contains(PssCheckId.HOST_PROBES_AND_HOST_LIFECYCLE);
  }

  @Test
  void restrictedReplacesBaselineChecksWhenItsOwnArrive() {
    assertThat(PssRegistry.plannedIds(PssLevel.RESTRICTED, 0))
        .containsExactly(
            PssCheckId.APP_ARMOR_PROFILE,
            PssCheckId.CAPABILITIES_BASELINE,
            PssCheckId.HOST_NAMESPACES,
            PssCheckId.HOST_PORTS,
            PssCheckId.PRIVILEGED,
            PssCheckId.PROC_MOUNT,
            PssCheckId.SE_LINUX_OPTIONS,
            PssCheckId.SECCOMP_PROFILE_BASELINE,
            PssCheckId.SYSCTLS,
            PssCheckId.WINDOWS_HOST_PROCESS,
            PssCheckId.RESTRICTED_VOLUMES,
            PssCheckId.RUN_AS_NON_ROOT);
    assertThat(PssRegistry.plannedIds(PssLevel.RESTRICTED, 8))
        .contains(PssCheckId.ALLOW_PRIVILEGE_ESCALATION);
    assertThat(PssRegistry.plannedIds(PssLevel.RESTRICTED, 19))
        .contains(PssCheckId.SECCOMP_PROFILE_RESTRICTED)
        .doesNotContain(PssCheckId.SECCOMP_PROFILE_BASELINE);
    assertThat(PssRegistry.plannedIds(PssLevel.RESTRICTED, 22))
        .contains(PssCheckId.CAPABILITIES_RESTRICTED)
        .doesNotContain(PssCheckId.CAPABILITIES_BASELINE);
    assertThat(PssRegistry.plannedIds(PssLevel.RESTRICTED, 23)).contains(PssCheckId.RUN_AS_USER);
    assertThat(PssRegistry.plannedIds(PssLevel.RESTRICTED, 34))
        .contains(PssCheckId.PROC_MOUNT)
        .doesNotContain(PssCheckId.PROC_MOUNT_RESTRICTED);
    assertThat(PssRegistry.plannedIds(PssLevel.RESTRICTED, 35))
        .contains(PssCheckId.PROC_MOUNT_RESTRICTED)
        .doesNotContain(PssCheckId.PROC_MOUNT);
  }

  @Test
  void latestRunsAllNineteenButTheFourReplaced() {
    assertThat(PssRegistry.plannedIds(PssLevel.RESTRICTED, PssVersion.NEWEST_KNOWN_MINOR))
        .hasSize(15)
        .doesNotContain(
            PssCheckId.CAPABILITIES_BASELINE,
            PssCheckId.HOST_PATH_VOLUMES,
            PssCheckId.PROC_MOUNT,
            PssCheckId.SECCOMP_PROFILE_BASELINE);
  }

  @Test
  void privilegedRunsNothing() {
    PssPod anything =
        PodBuilder.pod(
            "{\"hostPID\":true,\"containers\":[{\"name\":\"a\","
                + "\"securityContext\":{\"privileged\":true}}]}");
    assertThat(anything.evaluate(PssLevel.PRIVILEGED, PssVersion.LATEST).allowed()).isTrue();
    assertThat(anything.evaluate(PssLevel.PRIVILEGED, PssVersion.LATEST).message()).isEmpty();
  }
}
