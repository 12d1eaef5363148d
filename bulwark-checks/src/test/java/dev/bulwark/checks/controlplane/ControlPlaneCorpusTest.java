package dev.bulwark.checks.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Finding;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.Report;
import dev.bulwark.checks.controlplane.cis.CisBenchmark;
import dev.bulwark.checks.controlplane.cis.CisResult;
import dev.bulwark.checks.controlplane.cis.CisStatus;
import dev.bulwark.checks.controlplane.cis.ManifestInputs;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.EngineConfig;
import dev.bulwark.engine.ScanInput;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shared corpus's control-plane samples give the results they should: the old DigitalOcean
 * static pods (insecure port, basic auth, static tokens, no Node authorizer) and Kubernetes the
 * Hard Way's configuration files. Reads the corpus in place from {@code bulwark.corpus.dir}.
 */
class ControlPlaneCorpusTest {
  private static final String DO_MANIFESTS = "digitalocean-ccm/docs/example-manifests";
  private static final String HARD_WAY = "kubernetes-the-hard-way/configs";

  @Test
  void digitalOceanApiServerFailsTheItemsItShould() {
    Map<String, CisStatus> results = cis(DO_MANIFESTS);

    assertThat(results)
        .containsEntry("1.2.1", CisStatus.PASS) // --anonymous-auth=false
        .containsEntry("1.2.2", CisStatus.FAIL) // --token-auth-file
        .containsEntry("1.2.6", CisStatus.PASS) // RBAC, not AlwaysAllow
        .containsEntry("1.2.7", CisStatus.FAIL) // no Node authorizer
        .containsEntry("1.2.8", CisStatus.PASS)
        // NodeRestriction is only in the old --admission-control, which kube-bench does not read
        .containsEntry("1.2.14", CisStatus.FAIL)
        .containsEntry("1.2.15", CisStatus.FAIL) // profiling on
        .containsEntry("1.2.16", CisStatus.FAIL) // no audit log
        .containsEntry("1.2.23", CisStatus.FAIL) // plain-HTTP etcd, no client certificate
        .containsEntry("1.2.24", CisStatus.PASS)
        .containsEntry("1.2.25", CisStatus.PASS)
        .containsEntry("1.2.27", CisStatus.WARN) // no encryption; manual item
        .containsEntry("1.3.2", CisStatus.FAIL) // controller manager profiling on
        .containsEntry("1.3.3", CisStatus.PASS)
        .containsEntry("1.3.7", CisStatus.PASS) // unset passes, as in kube-bench
        .containsEntry("1.4.1", CisStatus.FAIL)
        .containsEntry("2.1", CisStatus.WARN) // no etcd among the inputs: not evaluated
        .containsEntry("5.2.5", CisStatus.WARN) // static pods on the host network
        .containsEntry("1.1.1", CisStatus.WARN); // node items need --node-root
  }

  @Test
  void digitalOceanApiServerTripsTheLegacyChecks() {
    List<String> findings = scan(DO_MANIFESTS + "/kube-apiserver.yml");

    assertThat(findings)
        .contains(
            "apiserver-insecure-port",
            "apiserver-basic-auth-file",
            "apiserver-token-auth-file",
            "apiserver-authorization-node",
            "apiserver-encryption-not-configured",
            "apiserver-audit-not-configured")
        .doesNotContain("apiserver-anonymous-auth", "apiserver-authorization-always-allow");
  }

  @Test
  void hardWayKubeletAndEncryptionConfiguration() {
    Map<String, CisStatus> results = cis(HARD_WAY);
    assertThat(results)
        .containsEntry("4.2.1", CisStatus.PASS)
        .containsEntry("4.2.2", CisStatus.PASS)
        .containsEntry("4.2.3", CisStatus.PASS)
        .containsEntry("4.2.4", CisStatus.PASS) // readOnlyPort unset
        .containsEntry("4.2.13", CisStatus.WARN) // no podPidsLimit
        .containsEntry("4.3.1", CisStatus.PASS) // kube-proxy metrics address unset
        .containsEntry("1.2.1", CisStatus.WARN); // no API server among these files

    assertThat(scan(HARD_WAY + "/encryption-config.yaml"))
        .containsExactly("encryption-weak-provider"); // aescbc; ${ENCRYPTION_KEY} is no key
  }

  @Test
  void kubernetesWebsiteAuditPolicyGetsOnlyTheAdviceItDeserves() {
    Report report = report("k8s-website/content/en/examples/audit/audit-policy.yaml");
    assertThat(report.findings())
        .extracting(f -> f.check() + " " + f.location().line() + " " + f.message())
        .containsExactly(
            "audit-policy-logs-secrets 43 rule 6 (Request) logs configmaps with bodies, which hold"
                + " secret values");
  }

  private static Map<String, CisStatus> cis(String relative) {
    LoadResult loaded = load(relative);
    return CisBenchmark.named("cis-1.12")
        .evaluate(ManifestInputs.of(Inventory.of(loaded.resources())))
        .stream()
        .collect(Collectors.toMap(r -> r.item().id(), CisResult::status));
  }

  private static List<String> scan(String relative) {
    return report(relative).findings().stream().map(Finding::check).toList();
  }

  private static Report report(String relative) {
    LoadResult loaded = load(relative);
    Engine engine =
        new Engine(CheckRegistry.discover(), EngineConfig.DEFAULT, Clock.systemUTC(), "test");
    return engine.scan(
        ScanInput.ofManifests(Inventory.of(loaded.resources()), loaded.diagnostics(), 1));
  }

  private static LoadResult load(String relative) {
    String corpus = System.getProperty("bulwark.corpus.dir");
    assumeTrue(
        corpus != null && Files.isDirectory(Path.of(corpus)),
        "shared corpus not found (bulwark.corpus.dir=" + corpus + "); skipping");
    LoadResult loaded = new ManifestLoader().load(List.of(Path.of(corpus, relative).toString()));
    assertThat(loaded.errors()).isEmpty();
    return loaded;
  }
}
