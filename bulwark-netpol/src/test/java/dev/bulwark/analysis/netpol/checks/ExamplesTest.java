package dev.bulwark.analysis.netpol.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Finding;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.Report;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.EngineConfig;
import dev.bulwark.engine.ScanInput;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The repository's examples: the insecure shop has no policies at all, the hardened one is clean. */
class ExamplesTest {

  private static List<String> scan(String folder) {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeTrue(repo != null, "bulwark.repo.dir is not set (run through Maven)");
    LoadResult loaded = new ManifestLoader().load(List.of(Path.of(repo, "examples", folder).toString()));
    EngineConfig defaults = new EngineConfig(Set.of(), Set.of(), Map.of(), Map.of(), List.of());
    Report report = new Engine(CheckRegistry.discover(), defaults, Clock.systemUTC(), "test")
        .scan(ScanInput.ofManifests(Inventory.of(loaded.resources()), loaded.diagnostics(), loaded.filesRead()));
    assertThat(report.notEvaluated()).isEmpty();
    return report.findings().stream().map(ExamplesTest::describe).toList();
  }

  private static String describe(Finding f) {
    return Path.of(f.location().file()).getFileName() + " " + f.check() + " " + f.pointer();
  }

  @Test
  void hardenedShopIsClean() {
    assertThat(scan("hardened")).isEmpty();
  }

  @Test
  void insecureShopHasNoIsolationAtAll() {
    assertThat(scan("insecure")).containsExactlyInAnyOrder(
        "00-namespace.yaml namespace-without-default-deny-ingress /metadata/name",
        "00-namespace.yaml namespace-without-default-deny-egress /metadata/name",
        "20-web.yaml workload-not-isolated /spec/template/metadata",
        "30-api.yaml workload-not-isolated /spec/template/metadata",
        "40-postgres.yaml workload-not-isolated /spec/template/metadata");
  }
}
