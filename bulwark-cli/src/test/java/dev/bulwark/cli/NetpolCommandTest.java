package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bulwark netpol}: list, explain, matrix and suggest on the repository's examples. */
class NetpolCommandTest {
  @TempDir Path dir;

  private static String example(String name) {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeTrue(repo != null, "bulwark.repo.dir is not set (run through Maven)");
    return Path.of(repo, "examples", name).toString();
  }

  @Test
  void listsTheHardenedShop() {
    CliRunner r = CliRunner.run("netpol", "list", example("hardened"));
    assertThat(r.exitCode).isZero();
    assertThat(r.out).isEqualTo("""
        shop/api[Deployment] => 192.0.2.10-192.0.2.10[External] : TCP 6443
        shop/api[Deployment] => shop/postgres[StatefulSet] : TCP 5432
        shop/web[Deployment] => shop/api[Deployment] : TCP 8080
        """);
  }

  @Test
  void listsAsJsonAndFocuses() {
    CliRunner r = CliRunner.run("netpol", "list", example("hardened"), "-f", "json", "--focus-workload", "postgres");
    assertThat(r.exitCode).isZero();
    JsonNode lines = JsonMapper.builder().build().readTree(r.out);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).path("dst").asString()).isEqualTo("shop/postgres[StatefulSet]");
  }

  @Test
  void explainsAnAllowedConnectionWithFileAndLine() {
    CliRunner r = CliRunner.run("netpol", "explain", "--src", "shop/web", "--dst", "shop/api", "--port", "8080/TCP", example("hardened"));
    assertThat(r.exitCode).isZero();
    assertThat(r.out).contains("Allowed TCP:[8080]")
        .contains("NetworkPolicy 'shop/web' allows connections by Egress rule #1 (")
        .contains("50-network-policies.yaml:")
        .endsWith("Verdict: allowed: TCP 8080\n");
  }

  @Test
  void explainsADeniedConnectionAndExitsOne() {
    CliRunner r = CliRunner.run("netpol", "explain", "--src", "shop/web", "--dst", "shop/postgres", example("hardened"));
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out).contains("Denied TCP, UDP, SCTP").contains("shop/default-deny-all").endsWith("Verdict: denied\n");
  }

  @Test
  void unknownWorkloadAndBadPolicyAreBadInput() throws IOException {
    CliRunner r = CliRunner.run("netpol", "explain", "--src", "shop/nope", "--dst", "shop/api", example("hardened"));
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("no workload shop/nope");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\n"
        + "spec: {podSelector: {}, ingress: [{from: [{ipBlock: {cidr: A}}]}]}\n");
    CliRunner list = CliRunner.run("netpol", "list", bad.toString());
    assertThat(list.exitCode).isEqualTo(2);
    assertThat(list.err).contains("CIDR error: invalid CIDR address");
  }

  @Test
  void usageErrors() {
    assertThat(CliRunner.run("netpol", "list", "-f", "yaml", example("hardened")).exitCode).isEqualTo(2);
    assertThat(CliRunner.run("netpol", "list", "--focus-conn", "tcp80", example("hardened")).err).contains("<protocol-port>");
    assertThat(CliRunner.run("netpol", "matrix", "-f", "svg", example("hardened")).exitCode).isEqualTo(2);
  }

  @Test
  void matrixInThreeFormats() {
    CliRunner txt = CliRunner.run("netpol", "matrix", example("insecure"));
    assertThat(txt.exitCode).isZero();
    assertThat(txt.out).contains("Reachability between namespaces").contains("shop").contains("(external)").contains("all");
    assertThat(CliRunner.run("netpol", "matrix", example("hardened"), "-f", "html").out).startsWith("<!DOCTYPE html>").contains("<td class=\"some\"");
    assertThat(CliRunner.run("netpol", "matrix", example("hardened"), "--workloads", "-f", "dot").out)
        .startsWith("digraph {").contains("\"shop/web[Deployment]\" -> \"shop/api[Deployment]\" [label=\"TCP 8080\"]");
  }

  @Test
  void suggestionsKeepWhatTheServicesImplyAndDenyTheRest() throws IOException {
    CliRunner r = CliRunner.run("netpol", "suggest", example("insecure"), "--namespace", "shop");
    assertThat(r.exitCode).isZero();
    assertThat(r.out).contains("name: default-deny-all").contains("name: allow-dns").contains("name: allow-ingress-to-api");
    Path suggested = dir.resolve("suggested.yaml");
    Files.writeString(suggested, r.out);
    CliRunner after = CliRunner.run("netpol", "list", example("insecure"), suggested.toString());
    assertThat(after.exitCode).isZero();
    assertThat(after.out).contains("shop/web[Deployment] => shop/api[Deployment] : TCP 8080")
        .doesNotContain("All Connections");
  }

  @Test
  void helpOnEverySubcommand() {
    for (String sub : new String[] {"list", "explain", "matrix", "suggest"}) {
      CliRunner r = CliRunner.run("netpol", sub, "--help");
      assertThat(r.exitCode).as(sub).isZero();
      assertThat(r.out).as(sub).contains("Usage: bulwark netpol " + sub);
    }
  }
}
