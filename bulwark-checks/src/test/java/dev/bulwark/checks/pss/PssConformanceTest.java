package dev.bulwark.checks.pss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Upstream's conformance fixtures ({@code
 * ../shared/conformance/pss/<level>/<version>/<pass|fail>/}) must get upstream's verdict at their
 * level and version: pass folders allowed, fail folders denied with the message part upstream's
 * harness expects. Each pod is checked as a Pod and, as upstream's harness also does, as the
 * template of a Deployment.
 */
class PssConformanceTest {
  private static final int UPSTREAM_FIXTURES = 4537;

  private static LoadResult fixtures;

  @BeforeAll
  static void load() {
    Path root = conformanceDir().resolve("pss");
    assumeTrue(
        Files.isDirectory(root),
        "PSS conformance suite not found at " + root.toAbsolutePath() + "; skipping");
    fixtures = new ManifestLoader().load(List.of(root.toString()));
  }

  @Test
  void everyFixtureLoads() {
    assertThat(fixtures.diagnostics()).isEmpty();
    assertThat(fixtures.resources()).hasSize(UPSTREAM_FIXTURES);
  }

  @Test
  void everyPodGetsUpstreamsVerdict() {
    List<String> mismatches = new ArrayList<>();
    for (Resource pod : fixtures.resources()) {
      PssFixture fixture = PssFixture.of(pod);
      String problem = fixture.problem(fixture.decoded().evaluate(fixture.policy()));
      if (problem != null) {
        mismatches.add(pod.file() + ": " + problem);
      }
    }
    assertThat(mismatches)
        .as("%d of %d fixtures disagree", mismatches.size(), fixtures.resources().size())
        .isEmpty();
  }

  @Test
  void everyPodTemplateGetsTheSameVerdict() {
    List<String> mismatches = new ArrayList<>();
    for (Resource pod : fixtures.resources()) {
      PssFixture fixture = PssFixture.of(pod);
      // The pod as the template of a Deployment: same metadata and spec, no Pod-only defaults.
      PssPod template =
          PssPod.of(
              pod.object().path("metadata"),
              pod.object().path("spec"),
              JsonPointer.of("spec", "template", "metadata"),
              JsonPointer.of("spec", "template", "spec"),
              false);
      String problem = fixture.problem(template.evaluate(fixture.policy()));
      if (problem != null) {
        mismatches.add(pod.file() + ": " + problem);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  static Path conformanceDir() {
    String configured = System.getProperty("bulwark.conformance.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("bulwark.repo.dir", ".."), "..", "shared", "conformance");
  }
}
