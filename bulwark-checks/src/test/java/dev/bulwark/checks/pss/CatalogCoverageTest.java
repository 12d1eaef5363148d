package dev.bulwark.checks.pss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.api.JsonPointer;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The coverage table names checks that exist, and splits restricted volumes by source. */
class CatalogCoverageTest {

  @Test
  void everyCoveringCheckExists() {
    Set<String> ids =
        ServiceLoader.load(CheckProvider.class).stream()
            .flatMap(p -> p.get().checks().stream())
            .map(Check::metadata)
            .map(m -> m.id())
            .collect(Collectors.toSet());
    assertThat(ids).containsAll(CatalogCoverage.namedChecks());
  }

  @Test
  void onlyProbeHostsAndNonHostPathVolumesAreUncovered() {
    for (PssCheckId id : PssCheckId.values()) {
      boolean uncovered =
          id == PssCheckId.HOST_PROBES_AND_HOST_LIFECYCLE || id == PssCheckId.RESTRICTED_VOLUMES;
      PssViolation v =
          new PssViolation(id, "r", "d", java.util.List.of(JsonPointer.parse("/spec/x")));
      assertThat(CatalogCoverage.uncovered(v).isEmpty()).as(id.id()).isEqualTo(!uncovered);
    }
    PssViolation volumes =
        new PssViolation(
            PssCheckId.RESTRICTED_VOLUMES,
            "restricted volume types",
            "",
            java.util.List.of(
                JsonPointer.parse("/spec/volumes/0/hostPath"),
                JsonPointer.parse("/spec/volumes/1/nfs")));
    assertThat(CatalogCoverage.uncovered(volumes))
        .containsExactly(JsonPointer.parse("/spec/volumes/1/nfs"));
  }
}
