package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bulwark cis}: exit codes, formats and usage errors. */
class CisCommandTest {
  @TempDir Path dir;

  private Path apiServer(String... flags) throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            "apiVersion: v1\n"
                + "kind: Pod\n"
                + "metadata:\n"
                + "  name: kube-apiserver\n"
                + "  namespace: kube-system\n"
                + "spec:\n"
                + "  containers:\n"
                + "  - name: kube-apiserver\n"
                + "    image: registry.k8s.io/kube-apiserver:v1.32.2\n"
                + "    command:\n"
                + "    - kube-apiserver\n");
    for (String flag : flags) {
      yaml.append("    - ").append(flag).append('\n');
    }
    Path file = dir.resolve("kube-apiserver.yaml");
    Files.writeString(file, yaml.toString());
    return file;
  }

  @Test
  void failingAutomatedItemExitsOne() throws IOException {
    CliRunner r = CliRunner.run("cis", apiServer("--profiling=true").toString());
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out)
        .contains("CIS Kubernetes Benchmark cis-1.12, manifests only")
        .contains("== 1.2 API Server")
        .contains("[FAIL] 1.2.15 Ensure that the --profiling argument is set to false (Automated)")
        .contains("--profiling=true (" + dir.resolve("kube-apiserver.yaml") + ":12)")
        .contains("[WARN] 1.1.1 ")
        .contains("not evaluated: needs the node's files (--node-root)")
        .containsPattern("== Summary: \\d+ PASS, \\d+ FAIL, \\d+ WARN");
  }

  @Test
  void onlyWarningsExitZero() throws IOException {
    Path kubelet = dir.resolve("kubelet.yaml");
    Files.writeString(
        kubelet,
        "apiVersion: kubelet.config.k8s.io/v1beta1\n"
            + "kind: KubeletConfiguration\n"
            + "authentication:\n"
            + "  anonymous:\n"
            + "    enabled: false\n"
            + "  x509:\n"
            + "    clientCAFile: /ca.crt\n"
            + "authorization:\n"
            + "  mode: Webhook\n");
    CliRunner r = CliRunner.run("cis", kubelet.toString());
    assertThat(r.exitCode).as(r.out).isZero();
    assertThat(r.out).contains("[PASS] 4.2.1 ").contains("[WARN] 4.2.13 ");
  }

  @Test
  void jsonCarriesStatusesEvidenceAndScanChecks() throws IOException {
    CliRunner r =
        CliRunner.run("cis", "-f", "json", apiServer("--anonymous-auth=false").toString());
    JsonNode root = JsonMapper.builder().build().readTree(r.out);
    assertThat(root.path("benchmark").asString()).isEqualTo("cis-1.12");
    assertThat(
            root.path("summary").path("pass").asInt()
                + root.path("summary").path("fail").asInt()
                + root.path("summary").path("warn").asInt())
        .isEqualTo(131);
    JsonNode item = root.path("results").get(21); // 1.1.1 … 1.1.21, then 1.2.1
    assertThat(item.path("id").asString()).isEqualTo("1.2.1");
    assertThat(item.path("status").asString()).isEqualTo("PASS");
    assertThat(item.path("scanCheck").asString()).isEqualTo("apiserver-anonymous-auth");
    assertThat(item.path("evidence").get(0).path("subject").asString())
        .isEqualTo("--anonymous-auth");
    assertThat(item.path("evidence").get(0).path("location").path("line").asInt()).isEqualTo(12);
    assertThat(root.path("sources").path("kube-apiserver").asString())
        .contains("Pod kube-system/kube-apiserver");
  }

  @Test
  void junitIsWellFormedWithAFailurePerFailedItem() throws Exception {
    Path out = dir.resolve("reports/cis.xml");
    CliRunner r =
        CliRunner.run(
            "cis", "-f", "junit", "-o", out.toString(), apiServer("--profiling").toString());
    assertThat(r.exitCode).isEqualTo(1);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(16);
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(131);
    assertThat(Integer.parseInt(xml.getDocumentElement().getAttribute("failures")))
        .isEqualTo(xml.getElementsByTagName("failure").getLength())
        .isPositive();
  }

  @Test
  void nodeRootIsReadWhenGiven() throws IOException {
    Path node = dir.resolve("node");
    Files.createDirectories(node.resolve("proc/42"));
    Files.write(node.resolve("proc/42/cmdline"), "kube-apiserver\0--profiling=false\0".getBytes());
    CliRunner r = CliRunner.run("cis", "--node-root", node.toString());
    assertThat(r.out)
        .contains(", node root " + node.toAbsolutePath().normalize())
        .contains("kube-apiserver: process 42 (/proc/42/cmdline)")
        .contains("[PASS] 1.2.15 ")
        .contains(
            "[FAIL] 1.1.1 ") // the manifest file is missing on a node that runs the API server
        .contains("/etc/kubernetes/manifests/kube-apiserver.yaml: not found");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    assertThat(CliRunner.run("cis").err).contains("give manifests (PATH) or --node-root");
    assertThat(CliRunner.run("cis").exitCode).isEqualTo(2);
    CliRunner badBenchmark = CliRunner.run("cis", "--benchmark", "cis-1.5", apiServer().toString());
    assertThat(badBenchmark.exitCode).isEqualTo(2);
    assertThat(badBenchmark.err).contains("unknown benchmark 'cis-1.5' (known: cis-1.12)");
    CliRunner badFormat = CliRunner.run("cis", "-f", "sarif", apiServer().toString());
    assertThat(badFormat.exitCode).isEqualTo(2);
    assertThat(badFormat.err).contains("unknown format 'sarif' (expected json, junit, table)");
    assertThat(CliRunner.run("cis", "--node-root", dir.resolve("nope").toString()).exitCode)
        .isEqualTo(2);
  }

  @Test
  void unreadableInputExitsTwo() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "kind: [\n");
    CliRunner r = CliRunner.run("cis", broken.toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.out).contains("error: " + broken);
  }
}
