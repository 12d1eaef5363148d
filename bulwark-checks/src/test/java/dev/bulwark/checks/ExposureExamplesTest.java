package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Check;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.testsupport.FixtureYaml;
import dev.bulwark.checks.testsupport.TestContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/} against the checks of {@link ExposureChecks} that run by default, scanned as
 * the CLI scans a folder: every file of it is the inventory, which is not complete. {@code
 * insecure/} trips them where the README says; {@code hardened/} is clean, with the references to
 * the externally created Secret reported as not evaluated.
 */
class ExposureExamplesTest {
  private static final List<Check> CHECKS =
      new ExposureChecks().checks().stream().filter(c -> c.metadata().enabledByDefault()).toList();

  @Test
  void insecureShopTripsTheChecksWhereExpected() throws IOException {
    Scan scan = scan("insecure");
    assertThat(scan.findings())
        .containsExactlyInAnyOrder(
            "20-web.yaml image-not-pinned /spec/template/spec/containers/0/image",
            "20-web.yaml service-load-balancer /spec/type",
            "30-api.yaml image-not-pinned /spec/template/spec/containers/0/image",
            "30-api.yaml credential-in-args /spec/template/spec/containers/0/args/1",
            "30-api.yaml secret-as-env-var /spec/template/spec/containers/0/envFrom/0/secretRef",
            "40-postgres.yaml image-not-pinned /spec/template/spec/containers/0/image",
            "40-postgres.yaml deprecated-api-version /apiVersion",
            "50-config.yaml credential-in-configmap /data/application.properties",
            "50-config.yaml secret-in-manifest /stringData",
            "60-ingress.yaml ingress-without-tls /spec");
    assertThat(scan.notEvaluated()).isEmpty();
  }

  @Test
  void hardenedShopIsCleanAndSaysWhatItCannotJudge() throws IOException {
    Scan scan = scan("hardened");
    assertThat(scan.findings()).isEmpty();
    assertThat(scan.notEvaluated())
        .containsExactlyInAnyOrder(
            "30-api.yaml missing-reference Deployment shop/api",
            "40-postgres.yaml missing-reference StatefulSet shop/postgres");
  }

  private record Scan(List<String> findings, List<String> notEvaluated) {}

  private static Scan scan(String folder) throws IOException {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeTrue(repo != null, "bulwark.repo.dir is not set (run through Maven)");
    Path dir = Path.of(repo, "examples", folder);
    assertThat(dir).isDirectory();
    List<Resource> resources = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        resources.addAll(FixtureYaml.read(file));
      }
    }
    Inventory inventory = Inventory.of(resources);
    List<String> findings = new ArrayList<>();
    List<String> notEvaluated = new ArrayList<>();
    for (Resource resource : resources) {
      String file = Path.of(resource.file()).getFileName().toString();
      for (Check check : CHECKS) {
        if (!check.metadata().appliesTo(resource.kind())) {
          continue;
        }
        TestContext context = TestContext.defaultsOf(check).withInventory(inventory, false);
        try {
          for (Violation v : check.check(resource, context)) {
            findings.add(file + " " + check.metadata().id() + " " + v.pointer());
          }
        } catch (NotEvaluatedException e) {
          notEvaluated.add(file + " " + check.metadata().id() + " " + resource.ref());
        }
      }
    }
    return new Scan(findings, notEvaluated);
  }
}
