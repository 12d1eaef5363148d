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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pod security checks over the shared corpus of real-world manifests ({@code
 * ../shared/corpus}): none throws, and every finding points at a field that exists in its manifest,
 * so it gets a line number.
 */
class PodSecurityCorpusTest {

  @Test
  void everyFindingOnRealManifestsHasALocation() throws IOException {
    String dir = System.getProperty("bulwark.corpus.dir");
    assumeTrue(dir != null, "bulwark.corpus.dir is not set (run through Maven)");
    Path root = Path.of(dir);
    assumeTrue(Files.isDirectory(root), "manifest corpus not found at " + root);
    List<Check> checks = new PodSecurityChecks().checks();
    List<String> problems = new ArrayList<>();
    int workloads = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(PodSecurityCorpusTest::isYaml).sorted().toList()) {
        List<Resource> resources = FixtureYaml.readLenient(file);
        Inventory inventory = Inventory.of(resources);
        for (Resource resource : resources) {
          workloads += dev.bulwark.api.Workloads.isWorkload(resource.kind()) ? 1 : 0;
          for (Check check : checks) {
            if (check.metadata().appliesTo(resource.kind())) {
              TestContext context = TestContext.defaultsOf(check).withInventory(inventory);
              for (Violation v : check.check(resource, context)) {
                if (!resource.sourceMap().has(v.pointer())) {
                  problems.add(root.relativize(file) + " " + check.metadata().id() + " " + v);
                }
              }
            }
          }
        }
      }
    }
    assertThat(workloads).as("workloads in the corpus").isGreaterThan(100);
    assertThat(problems).isEmpty();
  }

  /** YAML files that may hold a workload; the rest of the corpus is RBAC, CRDs and the like. */
  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      return false;
    }
    try {
      return WORKLOAD_KIND.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final java.util.regex.Pattern WORKLOAD_KIND =
      java.util.regex.Pattern.compile(
          "kind:\\s*[\"']?(Pod|PodTemplate|Deployment|StatefulSet|DaemonSet|ReplicaSet"
              + "|ReplicationController|Job|CronJob|List)\\b");
}
