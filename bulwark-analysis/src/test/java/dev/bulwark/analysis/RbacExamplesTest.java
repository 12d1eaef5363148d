package dev.bulwark.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Inventory;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.EngineConfig;
import dev.bulwark.engine.ScanInput;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/} against the RBAC checks, scanned as the CLI scans a folder: {@code insecure/}
 * trips them where the README says, {@code hardened/} is clean.
 */
class RbacExamplesTest {

  @Test
  void insecureShopTripsTheRbacChecksWhereExpected() {
    assertThat(scan("insecure"))
        .containsExactlyInAnyOrder(
            "10-rbac.yaml rbac-cluster-admin-binding /roleRef/name critical",
            "30-api.yaml rbac-powerful-service-account-mounted"
                + " /spec/template/spec/serviceAccountName high");
  }

  @Test
  void hardenedShopIsClean() {
    assertThat(scan("hardened")).isEmpty();
  }

  private static List<String> scan(String folder) {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeTrue(repo != null, "bulwark.repo.dir is not set (run through Maven)");
    LoadResult loaded =
        new ManifestLoader().load(List.of(Path.of(repo, "examples", folder).toString()));
    return new Engine(
            CheckRegistry.of(new AnalysisChecks().checks()),
            EngineConfig.DEFAULT,
            Clock.systemUTC(),
            "test")
            .scan(
                ScanInput.ofManifests(
                    Inventory.of(loaded.resources()), loaded.diagnostics(), loaded.filesRead()))
            .findings()
            .stream()
            .map(
                f ->
                    Path.of(f.location().file()).getFileName()
                        + " "
                        + f.check()
                        + " "
                        + f.pointer()
                        + " "
                        + f.severity().label())
            .toList();
  }
}
