package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
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
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every check of the module on the shared corpus of third-party manifests, each source folder
 * scanned as one partial inventory, as the CLI scans a folder: nothing crashes, and false positives
 * found there once stay fixed. Skips visibly when the corpus is absent (a fresh clone).
 */
class CorpusSmokeTest {
  private static final List<Check> CHECKS =
      ServiceLoader.load(CheckProvider.class).stream()
          .flatMap(p -> p.get().checks().stream())
          .filter(c -> c.metadata().enabledByDefault())
          .toList();
  private static final List<String> FINDINGS = new ArrayList<>();
  private static final List<String> CRASHES = new ArrayList<>();

  @BeforeAll
  static void scanCorpus() throws IOException {
    String dir = System.getProperty("bulwark.corpus.dir");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "corpus absent: " + dir);
    Path corpus = Path.of(dir);
    try (Stream<Path> sources = Files.list(corpus)) {
      for (Path source : sources.filter(Files::isDirectory).sorted().toList()) {
        List<Resource> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(source)) {
          for (Path f : files.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList()) {
            resources.addAll(FixtureYaml.readLenient(f));
          }
        }
        scan(corpus, resources);
      }
    }
  }

  private static void scan(Path corpus, List<Resource> resources) {
    Inventory inventory = Inventory.of(resources);
    for (Check check : CHECKS) {
      TestContext context = TestContext.defaultsOf(check).withInventory(inventory, false);
      for (Resource r : resources) {
        if (!check.metadata().appliesTo(r.kind())) {
          continue;
        }
        try {
          for (Violation v : check.check(r, context)) {
            FINDINGS.add(
                check.metadata().id() + " " + corpus.relativize(Path.of(r.file())) + " " + r.ref());
          }
        } catch (NotEvaluatedException e) {
          // Reported as such by the engine; nothing to assert here.
        } catch (RuntimeException e) {
          CRASHES.add(check.metadata().id() + " on " + r.ref() + " in " + r.file() + ": " + e);
        }
      }
    }
  }

  @Test
  void noCheckCrashes() {
    assertThat(CRASHES).isEmpty();
    assertThat(FINDINGS).isNotEmpty();
  }

  @Test
  void knownFalsePositivesStayFixed() {
    assertThat(FINDINGS)
        .noneMatch(f -> f.startsWith("credential-in-args digitalocean-ccm/"))
        .noneMatch(f -> f.startsWith("credential-in-configmap "))
        .noneMatch(f -> f.startsWith("service-selects-nothing argo-cd/"))
        .noneMatch(f -> f.startsWith("service-selects-nothing kube-prometheus/"))
        .noneMatch(f -> f.startsWith("network-policy-selects-nothing kube-prometheus/"))
        .noneMatch(
            f -> f.startsWith("dashboard-exposed kubernetes-dashboard/aio/deploy/recommended"))
        // Secrets that a Role lets the controller create at start (docs/coverage.md, review).
        .noneMatch(f -> f.startsWith("missing-reference argo-cd/"))
        .noneMatch(f -> f.startsWith("missing-reference metallb/"))
        // Controllers whose accounts are bound to roles need their tokens.
        .noneMatch(
            f ->
                f.startsWith("service-account-token-automount argo-cd/")
                    && f.endsWith(" argocd-applicationset-controller"))
        .noneMatch(
            f ->
                f.startsWith(
                    "ingress-without-tls gatekeeper-library/library/general/httpsonly/samples/"
                        + "ingress-https-only/example_allowed.yaml"))
        .noneMatch(f -> f.startsWith("default-namespace kube-prometheus/"));
  }

  /** What issue 3 names as plausible results on the corpus. */
  @Test
  void theIssuesExpectedFindingsAreThere() {
    assertThat(FINDINGS)
        .contains(
            "privileged-container calico/manifests/calico.yaml DaemonSet kube-system/calico-node",
            "host-path-volume calico/manifests/calico.yaml DaemonSet kube-system/calico-node",
            "privileged-container falco/kubernetes/falco/templates/daemonset.yaml"
                + " DaemonSet default/falco",
            "sensitive-host-path falco/kubernetes/falco/templates/daemonset.yaml"
                + " DaemonSet default/falco",
            "host-namespaces kube-bench/job.yaml Job kube-bench",
            "host-namespaces kube-bench/job-master.yaml Job kube-bench-master",
            "host-namespaces kube-bench/job-node.yaml Job kube-bench-node");
  }

  @Test
  void theDashboardsHttpSetupIsFlagged() {
    assertThat(FINDINGS)
        .contains(
            "dashboard-exposed kubernetes-dashboard/aio/deploy/alternative.yaml"
                + " Deployment kubernetes-dashboard/kubernetes-dashboard");
  }
}
