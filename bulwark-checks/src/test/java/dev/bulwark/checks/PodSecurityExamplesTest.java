package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Check;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.testsupport.FixtureYaml;
import dev.bulwark.checks.testsupport.TestContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's {@code examples/} against the pod security checks: {@code hardened/} gives none
 * of their findings, {@code insecure/} gives the ones {@code examples/README.md} lists. Each folder
 * is scanned as one inventory, as {@code bulwark scan examples/<folder>} would.
 */
class PodSecurityExamplesTest {
  private static final List<Check> CHECKS = new PodSecurityChecks().checks();

  @Test
  void hardenedShopIsClean() throws IOException {
    assertThat(scan("hardened")).isEmpty();
  }

  @Test
  void insecureShopTripsThePodSecurityChecks() throws IOException {
    String web = "20-web.yaml ";
    String api = "30-api.yaml ";
    String db = "40-postgres.yaml ";
    String pod = "/spec/template/spec";
    String apiSecurity = "/spec/template/spec/containers/0/securityContext";
    String container = "/spec/template/spec/containers/0";
    assertThat(scan("insecure"))
        .containsExactlyInAnyOrder(
            web + "allow-privilege-escalation " + container,
            web + "writable-root-filesystem " + container,
            web + "capabilities-not-dropped " + container,
            web + "seccomp-profile-missing " + container,
            web + "service-account-token-automount " + pod,
            web + "default-service-account " + pod,
            web + "no-memory-limit " + container,
            web + "no-cpu-request " + container,
            api + "allow-privilege-escalation " + apiSecurity + "/privileged",
            api + "writable-root-filesystem " + apiSecurity,
            api + "capabilities-not-dropped " + apiSecurity + "/capabilities",
            api + "dangerous-capabilities " + apiSecurity + "/capabilities/add/0",
            api + "seccomp-profile-missing " + apiSecurity,
            api + "host-path-volume /spec/template/spec/volumes/1/hostPath",
            api + "sensitive-host-path /spec/template/spec/volumes/1/hostPath/path",
            api + "no-memory-limit " + container,
            api + "no-cpu-request " + container,
            db + "allow-privilege-escalation " + container,
            db + "writable-root-filesystem " + container,
            db + "capabilities-not-dropped " + container,
            db + "seccomp-profile-missing " + container,
            db + "service-account-token-automount " + pod,
            db + "default-service-account " + pod,
            db + "no-memory-limit " + container,
            db + "no-cpu-request " + container);
  }

  private static List<String> scan(String folder) throws IOException {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeTrue(repo != null, "bulwark.repo.dir is not set (run through Maven)");
    Path dir = Path.of(repo, "examples", folder);
    assertThat(dir).isDirectory();
    Map<Path, List<Resource>> files = new java.util.TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        files.put(file, FixtureYaml.read(file));
      }
    }
    Inventory inventory = Inventory.of(files.values().stream().flatMap(List::stream).toList());
    List<String> findings = new ArrayList<>();
    for (Map.Entry<Path, List<Resource>> file : files.entrySet()) {
      for (Resource resource : file.getValue()) {
        for (Check check : CHECKS) {
          if (check.metadata().appliesTo(resource.kind())) {
            TestContext context = TestContext.defaultsOf(check).withInventory(inventory);
            for (Violation v : check.check(resource, context)) {
              findings.add(
                  file.getKey().getFileName() + " " + check.metadata().id() + " " + v.pointer());
            }
          }
        }
      }
    }
    return findings;
  }
}
