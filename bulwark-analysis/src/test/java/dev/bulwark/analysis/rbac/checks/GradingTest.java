package dev.bulwark.analysis.rbac.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.AnalysisChecks;
import dev.bulwark.api.Finding;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.Severity;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.EngineConfig;
import dev.bulwark.engine.ScanInput;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severity follows reach, computed from the model; messages name holders, binding and rule. */
class GradingTest {
  @TempDir Path dir;

  private static final String READER =
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: secret-reader}
      rules: [{apiGroups: [""], resources: [secrets], verbs: [get, list]}]
      ---
      """;

  private static String binding(String kind, String ns, String name, String subject) {
    String meta =
        ns == null ? "{name: " + name + "}" : "{name: " + name + ", namespace: " + ns + "}";
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: "
        + kind
        + "\nmetadata: "
        + meta
        + "\n"
        + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}\n"
        + "subjects: ["
        + subject
        + "]\n---\n";
  }

  private List<Finding> scan(String yaml, String check) throws IOException {
    Path file = dir.resolve("rbac.yaml");
    Files.writeString(file, yaml);
    LoadResult loaded = new ManifestLoader().load(List.of(file.toString()));
    assertThat(loaded.diagnostics()).isEmpty();
    EngineConfig only =
        new EngineConfig(
            java.util.Set.of(check),
            java.util.Set.of(),
            java.util.Map.of(),
            java.util.Map.of(),
            List.of());
    return new Engine(
            CheckRegistry.of(new AnalysisChecks().checks()), only, Clock.systemUTC(), "test")
        .scan(ScanInput.ofManifests(Inventory.of(loaded.resources()), List.of(), 1))
        .findings();
  }

  @Test
  void clusterWideGrantKeepsTheChecksSeverity() throws IOException {
    List<Finding> findings =
        scan(
            READER + binding("ClusterRoleBinding", null, "crb", "{kind: User, name: alice}"),
            "rbac-secrets-read");
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.message())
                  .isEqualTo(
                      "User alice can read secrets cluster-wide through ClusterRoleBinding \"crb\""
                          + " (rule {apiGroups: [\"\"], resources: [secrets], verbs: [get, list]}"
                          + " of ClusterRole \"secret-reader\")");
              assertThat(f.location().line()).isEqualTo(4);
            });
  }

  @Test
  void namespaceWithNothingToStealLowersIt() throws IOException {
    List<Finding> findings =
        scan(
            READER + binding("RoleBinding", "web", "rb", "{kind: User, name: alice}"),
            "rbac-secrets-read");
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.message())
                  .contains("in namespace web (confined: no powerful ServiceAccount lives there)");
            });
  }

  @Test
  void namespaceHoldingAPowerfulAccountKeepsIt() throws IOException {
    String yaml =
        READER
            + binding(
                "ClusterRoleBinding",
                null,
                "sync",
                "{kind: ServiceAccount, name: sync, namespace: tools}")
            + binding("RoleBinding", "tools", "rb", "{kind: User, name: alice}");
    List<Finding> findings = scan(yaml, "rbac-secrets-read");
    assertThat(findings)
        .filteredOn(f -> f.message().startsWith("User alice"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.message())
                  .contains("in namespace tools, home of powerful ServiceAccount tools/sync");
            });
  }

  @Test
  void anonymousIsWorseThanAuthenticated() throws IOException {
    String yaml =
        READER
            + binding("ClusterRoleBinding", null, "anon", "{kind: User, name: 'system:anonymous'}")
            + binding(
                "ClusterRoleBinding", null, "all", "{kind: Group, name: 'system:authenticated'}");
    assertThat(scan(yaml, "rbac-public-subject"))
        .extracting(f -> f.object().name() + "=" + f.severity())
        .containsExactlyInAnyOrder("anon=CRITICAL", "all=HIGH");
  }

  @Test
  void roleBindingToClusterAdminIsNamespaceAdmin() throws IOException {
    String yaml =
        "apiVersion: rbac.authorization.k8s.io/v1\n"
            + "kind: RoleBinding\n"
            + "metadata: {name: owner, namespace: web}\n"
            + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name:"
            + " cluster-admin}\n"
            + "subjects: [{kind: User, name: bob}]\n";
    assertThat(scan(yaml, "rbac-cluster-admin-binding"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.message())
                  .startsWith(
                      "User bob can do anything with the namespaced objects in namespace web");
            });
  }
}
