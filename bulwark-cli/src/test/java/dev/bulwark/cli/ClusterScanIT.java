package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.SourceMap;
import dev.bulwark.cluster.ClusterKind;
import dev.bulwark.cluster.ClusterOptions;
import dev.bulwark.cluster.ClusterRead;
import dev.bulwark.cluster.ClusterReader;
import dev.bulwark.cluster.ReadProgress;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bulwark scan --cluster} against fabric8's mock API server (CRUD mode, HTTPS) seeded with
 * the real-world corpus: the same findings as an offline scan of the same objects, paging,
 * permission-denied kinds, a missing context, and dumps that scan back to the same findings.
 */
class ClusterScanIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<Resource> corpus;
  private static MockCluster cluster;
  private static Path kubeconfig;

  @TempDir static Path shared;
  @TempDir Path dir;

  @BeforeAll
  static void seedCluster() throws Exception {
    Path corpusDir = Path.of(System.getProperty("bulwark.corpus.dir", "../shared/corpus"));
    assumeTrue(
        Files.isDirectory(corpusDir),
        "corpus not found at " + corpusDir.toAbsolutePath() + " (set -Dbulwark.corpus.dir); skipping");
    corpus = servableObjects(new ManifestLoader().load(List.of(corpusDir.toString())).resources());
    cluster = new MockCluster();
    cluster.create(corpus);
    kubeconfig = cluster.kubeconfig(shared);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  /**
   * The corpus objects an API server would hold: kinds Bulwark reads, one object per name, a
   * namespace on namespaced objects (as kubectl would default it) and none on the others, no status.
   */
  private static List<Resource> servableObjects(List<Resource> loaded) {
    Map<String, Resource> unique = new LinkedHashMap<>();
    for (Resource r : loaded) {
      ClusterKind kind = MockCluster.kindOf(r);
      if (kind == null || r.name() == null || r.name().isEmpty()) {
        continue;
      }
      String namespace = kind.namespaced() ? (r.namespace() == null ? "default" : r.namespace()) : null;
      ObjectNode object = r.object().deepCopy();
      object.remove("status");
      ObjectNode metadata = object.withObject("metadata");
      if (namespace == null) {
        metadata.remove("namespace");
      } else {
        metadata.put("namespace", namespace);
      }
      ObjectRef ref = new ObjectRef(r.ref().apiVersion(), r.kind(), namespace, r.name());
      unique.putIfAbsent(ref.toString(), new Resource(ref, object, 0, SourceMap.EMPTY));
    }
    return new ArrayList<>(unique.values());
  }

  @Test
  void clusterScanFindsWhatAnOfflineScanOfTheSameObjectsFinds() throws IOException {
    ArrayNode items = JSON.createArrayNode();
    corpus.forEach(r -> items.add(r.object()));
    ObjectNode list = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "List");
    list.set("items", items);
    Path offline = dir.resolve("objects.json");
    Files.writeString(offline, JSON.writeValueAsString(list));

    JsonNode live = scan("--cluster", "--kubeconfig", kubeconfig.toString(), "--read-secret-values", "-q");
    JsonNode files = scan(offline.toString(), "--whole-cluster");

    assertThat(live.path("findings").size()).isGreaterThan(100);
    assertThat(findingsWithoutLocations(live)).isEqualTo(findingsWithoutLocations(files));
    assertThat(live.path("findings").get(0).path("location").path("file").asString())
        .startsWith("cluster://mock/");
  }

  @Test
  void aDumpScansBackToTheSameFindings() throws IOException {
    JsonNode live = scan("--cluster", "--kubeconfig", kubeconfig.toString(), "-q");
    for (Path target : List.of(dir.resolve("dump"), dir.resolve("dump.yaml"))) {
      CliRunner dump = CliRunner.run("cluster", "dump", "--kubeconfig", kubeconfig.toString(), "-q", "-o", target.toString());
      assertThat(dump.exitCode).as(dump.err).isZero();
      JsonNode offline = scan(target.toString(), "--whole-cluster");
      assertThat(findingsWithoutLocations(offline)).isEqualTo(findingsWithoutLocations(live));
    }
  }

  @Test
  void secretValuesStayInTheClusterUnlessAskedFor() throws IOException {
    assumeTrue(corpus.stream().anyMatch(r -> r.kind().equals("Secret") && r.object().has("data")));
    Path target = dir.resolve("secrets.yaml");
    CliRunner.run("cluster", "dump", "--kubeconfig", kubeconfig.toString(), "-q", "-o", target.toString());
    List<Resource> dumped = new ManifestLoader().load(List.of(target.toString())).resources();
    assertThat(dumped.stream().filter(r -> r.kind().equals("Secret")))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.object().has("data") || r.object().has("stringData")).isFalse());
  }

  @Test
  void pagingReadsEveryObjectOverSeveralPages() {
    int before = cluster.pagedRequests();
    ClusterOptions options = new ClusterOptions(kubeconfig, null, Set.of(), Set.of(), true, 7);
    ClusterRead read = new ClusterReader(options, ReadProgress.SILENT).read();

    assertThat(read.context()).isEqualTo("mock");
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.resources()).hasSameSizeAs(corpus);
    long pods = corpus.stream().filter(r -> r.kind().equals("ConfigMap")).count();
    assertThat(pods).as("the corpus has enough ConfigMaps for several pages").isGreaterThan(14);
    assertThat(cluster.pagedRequests() - before).isGreaterThan(ClusterKind.SCANNED.size() + 2);
  }

  @Test
  void namespaceFiltersChooseWhatIsRead() {
    String namespace = corpus.stream().map(Resource::namespace).filter(n -> n != null && !n.equals("default")).findFirst().orElseThrow();
    ClusterRead only = read(Set.of(namespace), Set.of());
    assertThat(only.resources()).isNotEmpty().allSatisfy(r -> assertThat(r.namespace()).isIn(null, namespace));
    ClusterRead without = read(Set.of(), Set.of(namespace));
    assertThat(without.resources()).noneMatch(r -> namespace.equals(r.namespace()));
    assertThat(without.resources()).noneMatch(r -> r.kind().equals("Namespace") && r.name().equals(namespace));
  }

  private static ClusterRead read(Set<String> namespaces, Set<String> excluded) {
    return new ClusterReader(
            new ClusterOptions(kubeconfig, null, namespaces, excluded, false, ClusterOptions.DEFAULT_PAGE_SIZE),
            ReadProgress.SILENT)
        .read();
  }

  @Test
  void aForbiddenKindIsAWarningAndTheScanGoesOn() throws Exception {
    try (MockCluster denying = new MockCluster()) {
      denying.create(corpus.stream().filter(r -> r.kind().equals("Secret") || r.kind().equals("Deployment")).toList());
      denying.forbid("secrets");
      Path config = denying.kubeconfig(dir);

      JsonNode report = scan("--cluster", "--kubeconfig", config.toString(), "-q", "--fail-on", "none");

      assertThat(lastExit).isZero();
      assertThat(report.path("errors").size()).isZero();
      assertThat(report.path("warnings").toString()).contains("permission denied to list secrets");
      assertThat(report.path("findings").size()).isPositive();
      assertThat(report.path("findings").findValuesAsString("kind")).doesNotContain("Secret");

      CliRunner dump =
          CliRunner.run("cluster", "dump", "--kubeconfig", config.toString(), "-q", "-o", dir.resolve("d").toString());
      assertThat(dump.exitCode).isZero();
      assertThat(dump.err)
          .contains("permission denied to list secrets")
          .contains("the dump has no Secret objects because they could not be read");
      assertThat(Files.readString(dir.resolve("d").resolve("cluster-dump.yaml")))
          .contains("kind: \"ClusterDump\"")
          .contains("Secret: \"permission denied to list secrets");
    }
  }

  @Test
  void checksThatNeedAForbiddenKindAreNotEvaluatedInsteadOfPassing() throws IOException {
    JsonNode full = scan("--cluster", "--kubeconfig", kubeconfig.toString(), "-q", "--fail-on", "none");
    Map<String, String> denied =
        Map.of(
            "secrets", "Secret",
            "clusterrolebindings", "ClusterRoleBinding",
            "networkpolicies", "NetworkPolicy",
            "namespaces", "Namespace");
    denied.keySet().forEach(cluster::forbid);
    JsonNode report;
    List<Path> dumps = List.of(dir.resolve("denied-dump"), dir.resolve("denied-dump.yaml"));
    try {
      report = scan("--cluster", "--kubeconfig", kubeconfig.toString(), "-q", "--fail-on", "none");
      for (Path target : dumps) {
        CliRunner dump =
            CliRunner.run("cluster", "dump", "--kubeconfig", kubeconfig.toString(), "-q", "-o", target.toString());
        assertThat(dump.exitCode).as(dump.err).isZero();
        assertThat(dump.err).contains("it records that");
      }
    } finally {
      denied.keySet().forEach(cluster::allow);
    }
    // A dump made while the kinds were denied says so, and its scan reports what the live one did.
    for (Path target : dumps) {
      JsonNode offline = scan(target.toString(), "--whole-cluster", "--fail-on", "none");
      assertThat(notEvaluatedWholeChecks(offline)).as(target.toString()).isEqualTo(notEvaluatedWholeChecks(report));
      assertThat(findingsWithoutLocations(offline)).isEqualTo(findingsWithoutLocations(report));
    }
    // The other commands read the record too and say what their answers lack.
    String dump = dumps.get(1).toString();
    assertThat(CliRunner.run("rbac", "who-can", "get", "secrets", "-A", dump).err)
        .contains("the dump has no ClusterRoleBinding objects because they could not be read")
        .contains("the RBAC analysis is incomplete without them");
    assertThat(CliRunner.run("netpol", "list", dump).err)
        .contains("the dump has no NetworkPolicy objects")
        .contains("the dump has no Namespace objects")
        .contains("the connectivity analysis is incomplete without them");
    CliRunner pss = CliRunner.run("pss", "--level", "restricted", dump, "-f", "json");
    assertThat(JSON.readTree(pss.out).path("warnings").toString())
        .contains("the dump has no Namespace objects")
        .contains("the Pod Security evaluation is incomplete without them");

    assertThat(lastExit).isZero();
    Map<String, String> whole = notEvaluatedWholeChecks(report);
    // Each needs a denied kind from the inventory: skipped as a whole, with the kind named.
    Map<String, String> needs =
        Map.of(
            "missing-reference", "Secret",
            "rbac-cluster-admin-binding", "ClusterRoleBinding",
            "rbac-wildcard-verbs", "ClusterRoleBinding",
            "namespace-without-default-deny-ingress", "Namespace, NetworkPolicy",
            "workload-not-isolated", "Namespace, NetworkPolicy");
    needs.forEach(
        (check, kinds) ->
            assertThat(whole.get(check))
                .as(check)
                .startsWith("needs " + kinds + " objects, which could not be read: permission denied to list"));
    assertThat(findingChecks(report)).doesNotContainAnyElementsOf(needs.keySet());
    assertThat(findingChecks(full))
        .as("the same checks find something when the kinds can be read")
        .contains("missing-reference", "rbac-cluster-admin-binding", "namespace-without-default-deny-ingress");
    // A check on a denied kind itself still runs on the rest but says what it did not see.
    assertThat(whole.get("namespace-without-pod-security-enforce"))
        .startsWith("Namespace objects could not be read: permission denied to list namespaces");
    assertThat(report.path("summary").path("notEvaluated").asInt()).isPositive();
  }

  /** Not-evaluated entries about a whole check (no object): check to reason. */
  private static Map<String, String> notEvaluatedWholeChecks(JsonNode report) {
    Map<String, String> whole = new java.util.TreeMap<>();
    for (JsonNode n : report.path("notEvaluated")) {
      if (n.path("object").isNull() || n.path("object").isMissingNode()) {
        whole.merge(n.path("check").asString(), n.path("reason").asString(), (a, b) -> a + " | " + b);
      }
    }
    return whole;
  }

  private static Set<String> findingChecks(JsonNode report) {
    return new java.util.TreeSet<>(report.path("findings").findValuesAsString("check"));
  }

  @Test
  void kindsTheServerDoesNotServeAreSkippedWithoutAListRequest() throws Exception {
    try (MockCluster small = new MockCluster()) {
      small.create(corpus.stream().filter(r -> r.kind().equals("Deployment")).toList());
      small.unserve("adminnetworkpolicies");
      small.unserve("peerauthentications");
      ClusterOptions options =
          new ClusterOptions(small.kubeconfig(dir), null, Set.of(), Set.of(), false, ClusterOptions.DEFAULT_PAGE_SIZE);
      ClusterRead read = new ClusterReader(options, ReadProgress.SILENT).read();

      assertThat(read.diagnostics()).isEmpty();
      assertThat(read.notServed()).extracting(ClusterKind::kind).containsExactly("AdminNetworkPolicy", "PeerAuthentication");
      assertThat(small.requests()).contains("/apis", "/api/v1").noneMatch(p -> p.contains("adminnetworkpolicies"));
      assertThat(read.resources()).extracting(Resource::kind).containsOnly("Deployment");
    }
  }

  @Test
  void aMissingContextIsAClearErrorWithExitCodeTwo() {
    CliRunner run = CliRunner.run("scan", "--cluster", "--kubeconfig", kubeconfig.toString(), "--context", "prod", "-q");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("no context named 'prod'");
  }

  private int lastExit;

  private JsonNode scan(String... args) throws IOException {
    Path report = dir.resolve("report-" + System.nanoTime() + ".json");
    List<String> all = new ArrayList<>(List.of("scan"));
    all.addAll(List.of(args));
    all.addAll(List.of("-f", "json", "-o", report.toString()));
    CliRunner run = CliRunner.run(all.toArray(String[]::new));
    lastExit = run.exitCode;
    assertThat(Files.exists(report)).as(run.err).isTrue();
    return JSON.readTree(report.toFile());
  }

  /** Each finding as one comparable line, without its file/line location. */
  private static List<String> findingsWithoutLocations(JsonNode report) {
    List<String> lines = new ArrayList<>();
    for (JsonNode f : report.path("findings")) {
      JsonNode o = f.path("object");
      lines.add(
          Stream.of(
                  f.path("check").asString(),
                  f.path("severity").asString(),
                  o.path("apiVersion").asString(),
                  o.path("kind").asString(),
                  o.path("namespace").asString(""),
                  o.path("name").asString(),
                  f.path("pointer").asString(),
                  f.path("message").asString(),
                  String.valueOf(f.path("suppressed").asBoolean()))
              .reduce((a, b) -> a + " | " + b)
              .orElseThrow());
    }
    lines.sort(null);
    return lines;
  }
}
