package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository's own deployment files pass Bulwark: {@code scan deploy/} finds nothing but the
 * accepted, annotated findings listed here, and the admission webhook's pods pass Pod Security at
 * restricted.
 */
class DeployManifestsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  /**
   * Every finding the webhook's deploy files accept, as check / kind / namespace / name. A new
   * suppression must be added here on purpose, so none slips in unnoticed. The API server's address
   * is not selectable, so its policy admits ingress from anywhere and egress to its ports.
   */
  private static final List<String> ACCEPTED_IN_DEPLOY =
      List.of(
          "egress-to-internet NetworkPolicy bulwark-system/bulwark-admission",
          "ingress-from-anywhere NetworkPolicy bulwark-system/bulwark-admission");

  /** The CIS node assessment needs host access by design; these are its accepted findings. */
  private static final List<String> ACCEPTED_IN_NODE_AUDIT =
      List.of(
          "allow-privilege-escalation DaemonSet bulwark-cis/bulwark-cis",
          "allow-privilege-escalation Job bulwark-cis/bulwark-cis-node",
          "capabilities-not-dropped DaemonSet bulwark-cis/bulwark-cis",
          "capabilities-not-dropped Job bulwark-cis/bulwark-cis-node",
          "egress-deny-blocks-dns NetworkPolicy bulwark-cis/default-deny",
          "host-namespaces DaemonSet bulwark-cis/bulwark-cis",
          "host-namespaces Job bulwark-cis/bulwark-cis-node",
          "host-path-volume DaemonSet bulwark-cis/bulwark-cis",
          "host-path-volume Job bulwark-cis/bulwark-cis-node",
          "privileged-container DaemonSet bulwark-cis/bulwark-cis",
          "privileged-container Job bulwark-cis/bulwark-cis-node",
          "run-as-root DaemonSet bulwark-cis/bulwark-cis",
          "run-as-root Job bulwark-cis/bulwark-cis-node",
          "sensitive-host-path DaemonSet bulwark-cis/bulwark-cis",
          "sensitive-host-path Job bulwark-cis/bulwark-cis-node");

  private static Path repo(String first, String... more) {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeTrue(repo != null, "bulwark.repo.dir is not set (run through Maven)");
    return Path.of(repo, first).resolve(String.join("/", more));
  }

  private static Path deploy(String... more) {
    return repo("deploy", more);
  }

  @Test
  void scanOfDeployFindsNothingButTheAcceptedFindings() throws IOException {
    assertThat(suppressedFindings(deploy())).containsExactlyInAnyOrderElementsOf(ACCEPTED_IN_DEPLOY);
  }

  @Test
  void scanOfNodeAuditFindsNothingButTheAcceptedFindings() throws IOException {
    assertThat(suppressedFindings(repo("node-audit")))
        .containsExactlyInAnyOrderElementsOf(ACCEPTED_IN_NODE_AUDIT);
  }

  /** Scans a folder, asserts a clean exit with every finding suppressed, returns the suppressed. */
  private List<String> suppressedFindings(Path folder) throws IOException {
    Path json = dir.resolve("report.json");
    CliRunner r =
        CliRunner.run(
            "scan", folder.toString(), "-f", "json", "-o", json.toString(), "--fail-on", "info");

    assertThat(r.exitCode).as(r.err).isZero();
    JsonNode report = JSON.readTree(Files.readString(json));
    assertThat(report.get("summary").get("findings").get("total").asInt()).isZero();
    assertThat(report.get("errors")).isEmpty();
    // The Helm chart's sources are skipped with a warning each; deploy/helm/check.sh scans what
    // they render. Anything else that warns is a problem in a manifest.
    for (JsonNode warning : report.get("warnings")) {
      assertThat(Path.of(warning.get("file").asString()))
          .as(warning.toString())
          .startsWith(deploy("helm", "bulwark-admission"));
      assertThat(warning.get("message").asString()).as(warning.toString()).contains("Helm");
    }
    assertThat(report.get("notEvaluated")).isEmpty();
    List<String> suppressed = new ArrayList<>();
    for (JsonNode finding : report.get("findings")) {
      assertThat(finding.get("suppressed").asBoolean()).as(finding.toString()).isTrue();
      assertThat(finding.get("suppression").get("reason").asString()).isNotBlank();
      JsonNode object = finding.get("object");
      suppressed.add(
          String.format(
              "%s %s %s/%s",
              finding.get("check").asString(),
              object.get("kind").asString(),
              object.get("namespace").asString(),
              object.get("name").asString()));
    }
    return suppressed;
  }

  @Test
  void everythingInDeployPassesRestricted() {
    CliRunner r = CliRunner.run("pss", "--level", "restricted", deploy().toString(), "-f", "json");

    assertThat(r.exitCode).as(r.out + r.err).isZero();
    JsonNode results = JSON.readTree(r.out).get("results");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("object").get("name").asString()).isEqualTo("bulwark-admission");
    assertThat(results.get(0).get("allowed").asBoolean()).isTrue();
  }

  /**
   * Every pod template is admitted by its own namespace's labels: the webhook's namespace enforces
   * restricted, the CIS assessment's namespace (host access by design) privileged.
   */
  @Test
  void everyWorkloadIsAdmittedByItsNamespaceLabels() {
    CliRunner r =
        CliRunner.run("pss", deploy().toString(), repo("node-audit").toString(), "-f", "json");

    assertThat(r.exitCode).as(r.out + r.err).isZero();
    JsonNode results = JSON.readTree(r.out).get("results");
    List<String> enforced = new ArrayList<>();
    for (JsonNode result : results) {
      JsonNode namespace = result.get("namespace");
      assertThat(namespace.get("found").asBoolean()).as(result.toString()).isTrue();
      assertThat(namespace.get("labelErrors")).isEmpty();
      assertThat(result.get("modes").get("enforce").get("allowed").asBoolean()).isTrue();
      enforced.add(
          result.get("object").get("name").asString()
              + " "
              + result.get("modes").get("enforce").get("level").asString());
    }
    assertThat(enforced)
        .containsExactlyInAnyOrder(
            "bulwark-admission restricted",
            "bulwark-cis privileged",
            "bulwark-cis-node privileged");
  }
}
