package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rbac commands' contract: answers, JSON shapes, exit codes, bad input. */
class RbacCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String RBAC =
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: secret-reader}
      rules:
        - apiGroups: [""]
          resources: ["secrets"]
          verbs: ["get", "list"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: devs-read, namespace: team}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
      subjects:
        - {kind: Group, name: devs, apiGroup: rbac.authorization.k8s.io}
        - {kind: ServiceAccount, name: app}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: deployer-admin}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
      subjects:
        - {kind: ServiceAccount, name: deployer, namespace: ci}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata: {name: runner, namespace: ci}
      rules:
        - apiGroups: [""]
          resources: ["pods"]
          verbs: ["create"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: alice-runs, namespace: ci}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: runner}
      subjects:
        - {kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}
      """;

  @TempDir Path dir;
  private String file;

  @BeforeEach
  void write() throws IOException {
    Path p = dir.resolve("rbac.yaml");
    Files.writeString(p, RBAC);
    file = p.toString();
  }

  @Test
  void whoCanListsSubjectsWithBindingAndRole() {
    CliRunner r =
        CliRunner.run("rbac", "who-can", "get", "secrets", "-n", "team", file, "-f", "json");
    assertThat(r.exitCode).isZero();
    JsonNode subjects = JSON.readTree(r.out).path("subjects");
    assertThat(subjects.findValuesAsString("name")).contains("system:masters", "devs", "app");
    JsonNode sa = subjects.get(subjects.size() - 1);
    assertThat(sa.path("kind").asString()).isEqualTo("ServiceAccount");
    assertThat(sa.path("namespace").asString()).isEqualTo("team");
    JsonNode via = sa.path("via").get(0);
    assertThat(via.path("binding").path("kind").asString()).isEqualTo("RoleBinding");
    assertThat(via.path("binding").path("namespace").asString()).isEqualTo("team");
    assertThat(via.path("binding").path("name").asString()).isEqualTo("devs-read");
    assertThat(via.path("role").path("kind").asString()).isEqualTo("ClusterRole");
    assertThat(via.path("role").path("namespace").isNull()).isTrue();
    assertThat(via.path("role").path("name").asString()).isEqualTo("secret-reader");
  }

  @Test
  void whoCanTableAndScope() {
    CliRunner other = CliRunner.run("rbac", "who-can", "get", "secrets", "-n", "other", file);
    assertThat(other.exitCode).isZero();
    assertThat(other.out)
        .contains("Who can get secrets in namespace other: 2 subjects")
        .contains("system:masters")
        .contains("deployer")
        .doesNotContain("devs");
    CliRunner any = CliRunner.run("rbac", "who-can", "get", "secrets", "-A", file);
    assertThat(any.out)
        .contains("devs")
        .contains("RoleBinding team/devs-read -> ClusterRole secret-reader");
  }

  @Test
  void whoCanKnowsGroupsAndClusterScope() {
    CliRunner r =
        CliRunner.run("rbac", "who-can", "create", "deployments", "-n", "ci", file, "-f", "json");
    assertThat(JSON.readTree(r.out).path("request").path("apiGroup").asString()).isEqualTo("apps");
    CliRunner nodes = CliRunner.run("rbac", "who-can", "get", "nodes", "-n", "ci", file);
    assertThat(nodes.err).contains("cluster-scoped");
    assertThat(nodes.out).contains("Who can get nodes cluster-wide");
    CliRunner url =
        CliRunner.run(
            "rbac", "who-can", "get", "--non-resource-url", "/metrics", file, "-f", "json");
    assertThat(JSON.readTree(url.out).path("request").path("nonResourceURL").asString())
        .isEqualTo("/metrics");
  }

  @Test
  void canSaysYesWithTheRuleAndExitsZero() {
    CliRunner r =
        CliRunner.run(
            "rbac", "can", "user:bob", "--group", "devs", "get", "secrets", "-n", "team", file);
    assertThat(r.exitCode).isZero();
    assertThat(r.out)
        .startsWith("yes")
        .contains(
            "RBAC: allowed by RoleBinding \"devs-read/team\" of ClusterRole \"secret-reader\" to"
                + " Group \"devs\"");
  }

  @Test
  void canSaysNoAndExitsOne() {
    CliRunner r = CliRunner.run("rbac", "can", "user:bob", "get", "secrets", "-n", "team", file);
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out).startsWith("no");
    CliRunner masters =
        CliRunner.run(
            "rbac", "can", "user:root", "--group", "system:masters", "delete", "nodes", file);
    assertThat(masters.exitCode).isZero();
    assertThat(masters.out).contains("system:masters");
  }

  @Test
  void canRejectsBadInputWithTwo() {
    assertThat(CliRunner.run("rbac", "can", "alice", "get", "pods", file).exitCode).isEqualTo(2);
    assertThat(CliRunner.run("rbac", "can", "sa:only-namespace", "get", "pods", file).exitCode)
        .isEqualTo(2);
    assertThat(
            CliRunner.run("rbac", "can", "sa:ci:x", "--group", "g", "get", "pods", file).exitCode)
        .isEqualTo(2);
    assertThat(CliRunner.run("rbac", "can", "user:a", "get").exitCode).isEqualTo(2);
    CliRunner missing =
        CliRunner.run(
            "rbac", "can", "user:alice", "get", "pods", dir.resolve("nope.yaml").toString());
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(CliRunner.run("rbac", "who-can", "get", "pods", file, "-f", "xml").exitCode)
        .isEqualTo(2);
  }

  @Test
  void listMergesPermissionsPerScope() {
    CliRunner r = CliRunner.run("rbac", "list", "sa:team:app", file);
    assertThat(r.exitCode).isZero();
    assertThat(r.out)
        .contains("Permissions of sa:team:app")
        .contains("team")
        .contains("secrets")
        .contains("[get list]")
        .contains("RoleBinding team/devs-read -> ClusterRole secret-reader");
    JsonNode json =
        JSON.readTree(CliRunner.run("rbac", "list", "sa:team:app", file, "-f", "json").out);
    JsonNode p = json.path("permissions").get(0);
    assertThat(p.path("scope").asString()).isEqualTo("team");
    assertThat(p.path("resource").asString()).isEqualTo("secrets");
    assertThat(p.path("verbs").toString()).isEqualTo("[\"get\",\"list\"]");
  }

  @Test
  void pathsFindsTheChainAndExitsOne() {
    CliRunner r = CliRunner.run("rbac", "paths", file);
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out)
        .contains("user:alice -> sa:ci:deployer")
        .contains("sa:ci:deployer -> cluster-admin");
    JsonNode json =
        JSON.readTree(
            CliRunner.run("rbac", "paths", file, "-f", "json", "--from", "user:alice").out);
    JsonNode hops = json.path("paths").get(0).path("hops");
    assertThat(hops.size()).isEqualTo(2);
    assertThat(hops.get(0).path("via").path("binding").path("name").asString())
        .isEqualTo("alice-runs");
    assertThat(CliRunner.run("rbac", "paths", file, "-f", "dot").out)
        .startsWith("digraph escalation {")
        .contains("cluster-admin");
  }

  @Test
  void defaultsAddWhatEveryClusterHas() {
    CliRunner without = CliRunner.run("rbac", "who-can", "get", "/healthz", file);
    assertThat(without.out).doesNotContain("system:unauthenticated");
    CliRunner with = CliRunner.run("rbac", "who-can", "get", "/healthz", "--with-defaults", file);
    assertThat(with.out).contains("system:unauthenticated");
  }

  @Test
  void helpWorks() {
    for (String sub : new String[] {"who-can", "can", "list", "paths"}) {
      CliRunner r = CliRunner.run("rbac", sub, "--help");
      assertThat(r.exitCode).as(sub).isZero();
      assertThat(r.out).as(sub).contains("Usage:");
    }
  }
}
