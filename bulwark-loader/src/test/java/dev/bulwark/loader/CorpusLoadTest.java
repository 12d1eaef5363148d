package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Resource;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real-world corpus (802 files from 25 projects) loads without an exception. */
class CorpusLoadTest {

  @Test
  void corpusLoads() {
    Path corpus = SharedData.folder("bulwark.corpus.dir", "../shared/corpus");
    Assumptions.assumeTrue(
        SharedData.exists(corpus), "corpus not found at " + corpus.toAbsolutePath());

    long start = System.nanoTime();
    LoadResult result = new ManifestLoader().load(List.of(corpus.toString()));
    long millis = (System.nanoTime() - start) / 1_000_000;

    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.location().file()).isNotBlank();
      assertThat(d.message()).isNotBlank();
    }
    Map<String, Long> byLevel =
        result.diagnostics().stream()
            .collect(
                Collectors.groupingBy(d -> d.level().name(), TreeMap::new, Collectors.counting()));
    Resource largest =
        result.resources().stream()
            .max(Comparator.comparingInt(r -> r.sourceMap().size()))
            .orElseThrow();
    System.out.printf(
        "Corpus: %d files, %d objects, diagnostics %s, %d ms; largest object %s with %d"
            + " positions%n",
        result.filesRead(),
        result.resources().size(),
        byLevel,
        millis,
        largest.ref(),
        largest.sourceMap().size());
    result
        .diagnostics()
        .forEach(
            d -> System.out.println("  " + d.level() + " " + d.location() + " " + d.message()));
    assertThat(result.filesRead()).isGreaterThanOrEqualTo(800);
    assertThat(result.resources().size()).isGreaterThan(1500);
  }
}
