package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Check;
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
 * The repository's {@code examples/} must keep showing what they claim: every check of this module
 * fires on {@code insecure/} exactly where the README says, and none fires on {@code hardened/}.
 */
class ExamplesTest {
  private static final List<Check> CHECKS = new BuiltinChecks().checks();

  @Test
  void insecureShopTripsEveryCheckWhereExpected() throws IOException {
    assertThat(scan("insecure"))
        .containsExactlyInAnyOrder(
            "20-web.yaml run-as-root /spec/template/spec/containers/0",
            "20-web.yaml latest-tag /spec/template/spec/containers/0/image",
            "30-api.yaml host-namespaces /spec/template/spec/hostNetwork",
            "30-api.yaml host-namespaces /spec/template/spec/hostPID",
            "30-api.yaml latest-tag /spec/template/spec/containers/0/image",
            "30-api.yaml run-as-root /spec/template/spec/containers/0/securityContext/runAsUser",
            "30-api.yaml privileged-container"
                + " /spec/template/spec/containers/0/securityContext/privileged",
            "30-api.yaml env-plaintext-secret /spec/template/spec/containers/0/env/2/value",
            "40-postgres.yaml run-as-root /spec/template/spec/containers/0",
            "40-postgres.yaml latest-tag /spec/template/spec/containers/0/image",
            "40-postgres.yaml env-plaintext-secret /spec/template/spec/containers/0/env/1/value");
  }

  @Test
  void hardenedShopIsClean() throws IOException {
    assertThat(scan("hardened")).isEmpty();
  }

  private static List<String> scan(String folder) throws IOException {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeTrue(repo != null, "bulwark.repo.dir is not set (run through Maven)");
    Path dir = Path.of(repo, "examples", folder);
    assertThat(dir).isDirectory();
    List<String> findings = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (Resource resource : FixtureYaml.read(file)) {
          for (Check check : CHECKS) {
            if (check.metadata().appliesTo(resource.kind())) {
              for (Violation v : check.check(resource, TestContext.defaultsOf(check))) {
                findings.add(file.getFileName() + " " + check.metadata().id() + " " + v.pointer());
              }
            }
          }
        }
      }
    }
    return findings;
  }
}
