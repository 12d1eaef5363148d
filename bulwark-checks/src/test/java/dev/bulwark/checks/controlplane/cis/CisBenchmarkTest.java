package dev.bulwark.checks.controlplane.cis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.api.Inventory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The cis-1.12 catalog matches kube-bench's: its items, their scoring, their order. */
class CisBenchmarkTest {
  private final CisBenchmark benchmark = CisBenchmark.named("cis-1.12");

  @Test
  void hasEveryItemOfSectionsOneToFive() {
    Map<String, Long> perSection =
        benchmark.items().stream()
            .collect(Collectors.groupingBy(i -> i.id().substring(0, 1), Collectors.counting()));
    assertThat(perSection)
        .containsExactlyInAnyOrderEntriesOf(Map.of("1", 60L, "2", 7L, "3", 5L, "4", 25L, "5", 34L));
    assertThat(benchmark.items()).hasSize(131);
    assertThat(benchmark.items().stream().map(CisItem::id)).doesNotHaveDuplicates();
  }

  @Test
  void scoringFollowsKubeBench() {
    // kube-bench's scored: true items of cfg/cis-1.12
    assertThat(benchmark.items().stream().filter(CisItem::automated).map(CisItem::id))
        .containsExactly(
            "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7", "1.1.8", "1.1.11",
            "1.1.12", "1.1.13", "1.1.14", "1.1.15", "1.1.16", "1.1.17", "1.1.18", "1.1.19", "1.2.2",
            "1.2.4", "1.2.5", "1.2.6", "1.2.7", "1.2.8", "1.2.10", "1.2.12", "1.2.13", "1.2.14",
            "1.2.15", "1.2.16", "1.2.17", "1.2.18", "1.2.19", "1.2.21", "1.2.22", "1.2.23",
            "1.2.24", "1.2.25", "1.2.26", "1.2.30", "1.3.2", "1.3.3", "1.3.4", "1.3.5", "1.3.6",
            "1.3.7", "1.4.1", "1.4.2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "4.1.1", "4.1.2",
            "4.1.5", "4.1.6", "4.1.9", "4.1.10", "4.2.1", "4.2.2", "4.2.3", "4.2.6", "4.2.10",
            "4.3.1");
    assertThat(benchmark.items().stream().filter(i -> i.test().isEmpty()).map(CisItem::id))
        .contains("1.2.20", "3.1.1", "3.2.2", "5.1.7", "5.2.7", "5.6.4")
        .hasSize(28);
  }

  @Test
  void withoutInputsEverythingIsWarnAndSaysWhy() {
    List<CisResult> results = benchmark.evaluate(ManifestInputs.of(Inventory.empty()));
    assertThat(results).hasSize(131).allMatch(r -> r.status() == CisStatus.WARN);
    assertThat(results)
        .filteredOn(r -> r.item().id().equals("1.1.1"))
        .singleElement()
        .extracting(CisResult::reason)
        .isEqualTo("not evaluated: needs the node's files (--node-root)");
    assertThat(results)
        .filteredOn(r -> r.item().id().equals("1.2.1"))
        .singleElement()
        .extracting(CisResult::reason)
        .isEqualTo("not evaluated: no kube-apiserver among the inputs");
    assertThat(results)
        .filteredOn(r -> r.item().id().equals("5.1.1"))
        .singleElement()
        .extracting(CisResult::reason)
        .isEqualTo("not evaluated: no ClusterRoleBindings among the inputs");
    assertThat(results)
        .filteredOn(r -> r.item().id().equals("3.1.1"))
        .singleElement()
        .extracting(CisResult::reason)
        .isEqualTo("manual check: kube-bench runs no test");
  }

  @Test
  void everyItemSaysWhatToDoAndScanChecksAreUnique() {
    assertThat(benchmark.items()).allMatch(i -> !i.remediation().isBlank());
    assertThat(
            benchmark.items().stream()
                .flatMap(i -> i.scan().stream())
                .map(CisItem.ScanCheck::checkId))
        .doesNotHaveDuplicates()
        .hasSize(58);
  }

  @Test
  void unknownBenchmarkNamesTheKnownOnes() {
    assertThatThrownBy(() -> CisBenchmark.named("cis-1.9"))
        .hasMessage("unknown benchmark 'cis-1.9' (known: cis-1.12)");
  }
}
