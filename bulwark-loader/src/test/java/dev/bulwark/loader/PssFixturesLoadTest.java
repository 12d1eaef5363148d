package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Resource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every upstream Pod Security Standards fixture (k8s.io/pod-security-admission testdata) loads
 * without an error and yields at least one object.
 */
class PssFixturesLoadTest {

  @Test
  void everyFixtureLoadsCleanly() {
    Path conformance = SharedData.folder("bulwark.conformance.dir", "../shared/conformance");
    Path pss = conformance.resolve("pss");
    Assumptions.assumeTrue(
        SharedData.exists(pss), "conformance suite not found at " + pss.toAbsolutePath());

    long start = System.nanoTime();
    LoadResult result = new ManifestLoader().load(List.of(pss.toString()));
    long millis = (System.nanoTime() - start) / 1_000_000;

    List<Diagnostic> errors = result.errors();
    assertThat(errors).as("errors loading the PSS fixtures").isEmpty();
    Map<String, Integer> perFile = new TreeMap<>();
    for (Resource resource : result.resources()) {
      perFile.merge(resource.file(), 1, Integer::sum);
    }
    assertThat(perFile).hasSize(result.filesRead());
    assertThat(result.filesRead()).isGreaterThan(1000);
    System.out.printf(
        "PSS fixtures: %d files, %d objects, %d warnings, %d ms%n",
        result.filesRead(), result.resources().size(), result.diagnostics().size(), millis);
  }
}
