package dev.bulwark.checks.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.testsupport.FixtureYaml;
import dev.bulwark.checks.testsupport.TestContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Dashboard's own install manifests, from the shared corpus: the HTTP variant is flagged. */
class DashboardCorpusTest {
  private final DashboardExposed check = new DashboardExposed();

  @Test
  void alternativeSetupIsFlaggedForInsecureLogin() throws IOException {
    assertThat(scan("alternative.yaml"))
        .containsExactly(
            "Deployment kubernetes-dashboard/kubernetes-dashboard"
                + " /spec/template/spec/containers/0/args/1: container \"kubernetes-dashboard\""
                + " runs the Dashboard with --enable-insecure-login: logins are accepted over"
                + " plain HTTP");
  }

  @Test
  void recommendedSetupIsClean() throws IOException {
    assertThat(scan("recommended.yaml")).isEmpty();
  }

  private List<String> scan(String name) throws IOException {
    String corpus = System.getProperty("bulwark.corpus.dir");
    assumeTrue(corpus != null, "bulwark.corpus.dir is not set (run through Maven)");
    Path file = Path.of(corpus, "kubernetes-dashboard", "aio", "deploy", name);
    assumeTrue(Files.isRegularFile(file), "corpus file absent: " + file);
    List<Resource> resources = FixtureYaml.readLenient(file);
    TestContext context =
        TestContext.defaultsOf(check).withInventory(Inventory.of(resources), false);
    List<String> findings = new ArrayList<>();
    for (Resource resource : resources) {
      if (check.metadata().appliesTo(resource.kind())) {
        check
            .check(resource, context)
            .forEach(v -> findings.add(resource.ref() + " " + v.pointer() + ": " + v.message()));
      }
    }
    return findings;
  }
}
