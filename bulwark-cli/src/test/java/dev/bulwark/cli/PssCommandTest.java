package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bulwark pss} and {@code bulwark pss namespaces}: JSON shape, tables and exit codes. */
class PssCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String NAMESPACE =
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
        labels:
          pod-security.kubernetes.io/enforce: baseline
          pod-security.kubernetes.io/enforce-version: v1.30
          pod-security.kubernetes.io/warn: restricted
      """;

  /** Passes baseline, fails restricted (no hardening at all). */
  private static final String PLAIN_POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: plain
        namespace: shop
      spec:
        containers:
        - name: app
          image: registry.example.com/app:1
      """;

  private static final String HARDENED_POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: hardened
        namespace: shop
      spec:
        securityContext:
          runAsNonRoot: true
          seccompProfile:
            type: RuntimeDefault
        containers:
        - name: app
          image: registry.example.com/app:1
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
      """;

  /** Fails baseline: hostPID. */
  private static final String HOST_PID_DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: agent
        namespace: shop
      spec:
        selector:
          matchLabels: {app: agent}
        template:
          metadata:
            labels: {app: agent}
          spec:
            hostPID: true
            containers:
            - name: agent
              image: registry.example.com/agent:1
      """;

  @TempDir Path dir;

  private Path write(String name, String... documents) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("---\n", documents));
    return file;
  }

  private record Run(int exit, JsonNode json, String out, String err) {}

  private Run run(String... args) {
    CliRunner r = CliRunner.run(args);
    JsonNode json = null;
    if (List.of(args).contains("json") && r.out.startsWith("{")) {
      json = JSON.readTree(r.out);
    }
    return new Run(r.exitCode, json, r.out, r.err);
  }

  private Run pss(String... args) {
    List<String> all = new ArrayList<>(List.of("pss"));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  @Test
  void levelModeJsonHasTheDocumentedShape() throws IOException {
    Path file = write("pods.yaml", PLAIN_POD, HARDENED_POD);
    Run r = pss(file.toString(), "--level", "restricted", "--version", "v1.25", "-f", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode first = r.json().path("results").get(0);
    assertThat(first.path("object").toString())
        .isEqualTo(
            "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"namespace\":\"shop\",\"name\":\"plain\"}");
    assertThat(first.path("location").path("file").asString()).isEqualTo(file.toString());
    assertThat(first.path("location").path("line").asInt()).isEqualTo(1);
    assertThat(first.path("location").path("column").asInt()).isEqualTo(1);
    assertThat(first.path("allowed").asBoolean()).isFalse();
    assertThat(first.path("level").asString()).isEqualTo("restricted");
    assertThat(first.path("version").asString()).isEqualTo("v1.25");
    JsonNode violation = first.path("violations").get(0);
    assertThat(violation.path("check").asString()).isEqualTo("allowPrivilegeEscalation");
    assertThat(violation.path("reason").asString()).isEqualTo("allowPrivilegeEscalation != false");
    assertThat(violation.path("detail").asString())
        .isEqualTo("container \"app\" must set securityContext.allowPrivilegeEscalation=false");
    assertThat(violation.path("pointers").get(0).asString())
        .isEqualTo("/spec/containers/0/securityContext/allowPrivilegeEscalation");
    assertThat(first.path("violations").findValuesAsString("check"))
        .containsExactly(
            "allowPrivilegeEscalation",
            "capabilities_restricted",
            "runAsNonRoot",
            "seccompProfile_restricted");
    assertThat(first.path("message").asString())
        .startsWith(
            "violates PodSecurity \"restricted:v1.25\": allowPrivilegeEscalation != false (");
    JsonNode second = r.json().path("results").get(1);
    assertThat(second.path("allowed").asBoolean()).isTrue();
    assertThat(second.path("violations")).isEmpty();
    assertThat(second.path("message").isNull()).isTrue();
    assertThat(r.json().path("errors")).isEmpty();
  }

  @Test
  void readsStdinAndWritesToAFile() throws IOException {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(PLAIN_POD.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      Path out = dir.resolve("out/pss.json");
      Run r = pss("-", "--level", "baseline", "-f", "json", "-o", out.toString());
      assertThat(r.exit()).isEqualTo(0);
      assertThat(r.out()).isEmpty();
      JsonNode json = JSON.readTree(out.toFile());
      assertThat(json.at("/results/0/location/file").asString()).isEqualTo("-");
      assertThat(json.at("/results/0/allowed").asBoolean()).isTrue();
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void exitZeroWhenEverythingIsAllowed() throws IOException {
    Path file = write("pods.yaml", PLAIN_POD, HARDENED_POD);
    assertThat(pss(file.toString(), "--level", "baseline").exit()).isEqualTo(0);
    assertThat(pss(file.toString(), "--level", "privileged").exit()).isEqualTo(0);
  }

  @Test
  void tableListsDenialsWithLinesAndASummary() throws IOException {
    Path file = write("pods.yaml", PLAIN_POD, HARDENED_POD);
    Run r = pss(file.toString(), "--level", "restricted");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("DENIED  Pod shop/plain  " + file + ":1:1")
        .contains("runAsNonRoot")
        .contains("line 8 ")
        .contains("2 pods and pod templates: 1 allowed, 1 denied at restricted:latest")
        .doesNotContain("hardened");
  }

  @Test
  void badInputIsExitTwoAndStillReported() throws IOException {
    Path good = write("pod.yaml", PLAIN_POD);
    Path bad = write("bad.yaml", "kind: Pod\nmetadata: [unclosed\n");
    Run r = pss(good.toString(), bad.toString(), "--level", "baseline", "-f", "json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.json().path("results")).hasSize(1);
    assertThat(r.json().path("errors").get(0).path("file").asString()).isEqualTo(bad.toString());
  }

  @Test
  void usageErrorsNameTheBadValue() throws IOException {
    Path file = write("pod.yaml", PLAIN_POD);
    Run level = pss(file.toString(), "--level", "strict");
    assertThat(level.exit()).isEqualTo(2);
    assertThat(level.err()).contains("invalid Pod Security level \"strict\"");
    Run version = pss(file.toString(), "--level", "baseline", "--version", "1.25");
    assertThat(version.exit()).isEqualTo(2);
    assertThat(version.err())
        .contains("invalid Pod Security version \"1.25\": must be \"latest\" or \"v1.x\"");
    assertThat(pss(file.toString(), "--version", "v1.25").exit()).isEqualTo(2);
    assertThat(pss(file.toString(), "--level", "baseline", "-f", "sarif").exit()).isEqualTo(2);
    assertThat(pss().exit()).isEqualTo(2);
  }

  @Test
  void futureVersionsAreTheNewestAndQuotedAsGiven() throws IOException {
    Path file = write("pod.yaml", PLAIN_POD);
    Run r = pss(file.toString(), "--level", "restricted", "--version", "v1.99", "-f", "json");
    assertThat(r.json().at("/results/0/message").asString())
        .startsWith("violates PodSecurity \"restricted:v1.99\"");
  }

  @Test
  void namespaceModeReportsEachMode() throws IOException {
    Path file = write("all.yaml", NAMESPACE, PLAIN_POD, HOST_PID_DEPLOYMENT);
    Run r = pss(file.toString(), "-f", "json");
    assertThat(r.exit()).as("the Deployment's pods would be rejected").isEqualTo(1);
    JsonNode plain = r.json().at("/results/0");
    assertThat(plain.path("allowed").asBoolean()).isTrue();
    assertThat(plain.path("level").asString()).isEqualTo("baseline");
    assertThat(plain.path("version").asString()).isEqualTo("v1.30");
    assertThat(plain.at("/namespace/name").asString()).isEqualTo("shop");
    assertThat(plain.at("/namespace/found").asBoolean()).isTrue();
    assertThat(plain.at("/modes/enforce/allowed").asBoolean()).isTrue();
    assertThat(plain.at("/modes/audit/level").asString()).isEqualTo("privileged");
    assertThat(plain.at("/modes/warn/level").asString()).isEqualTo("restricted");
    assertThat(plain.at("/modes/warn/version").asString()).isEqualTo("latest");
    assertThat(plain.at("/modes/warn/allowed").asBoolean()).isFalse();
    assertThat(plain.at("/modes/warn/message").asString())
        .startsWith("would violate PodSecurity \"restricted:latest\": ");
    JsonNode agent = r.json().at("/results/1");
    assertThat(agent.path("allowed").asBoolean()).isFalse();
    assertThat(agent.path("message").asString())
        .isEqualTo("violates PodSecurity \"baseline:v1.30\": host namespaces (hostPID=true)");
    assertThat(agent.at("/violations/0/pointers/0").asString())
        .isEqualTo("/spec/template/spec/hostPID");
  }

  @Test
  void namespaceModeExitsZeroWhenOnlyWarned() throws IOException {
    Path file = write("all.yaml", NAMESPACE, PLAIN_POD);
    Run r = pss(file.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out())
        .contains("warn     restricted:latest")
        .contains("1 pods and pod templates: 0 rejected by enforce, 1 warned, 0 audited");
  }

  @Test
  void invalidLabelsFailClosedAndAreReported() throws IOException {
    Path file =
        write("all.yaml", NAMESPACE.replace("enforce: baseline", "enforce: Baseline"), PLAIN_POD);
    Run r = pss(file.toString(), "-f", "json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.json().at("/results/0/level").asString()).isEqualTo("restricted");
    assertThat(r.json().at("/results/0/namespace/labelErrors/0").asString())
        .isEqualTo(
            "metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: \"Baseline\":"
                + " must be one of privileged, baseline, restricted");
  }

  @Test
  void objectsWithoutNamespaceUseTheDefaultOneAndMissingNamespacesTheDefaults() throws IOException {
    Path file = write("pod.yaml", PLAIN_POD.replace("  namespace: shop\n", ""));
    Run r = pss(file.toString(), "-f", "json");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.json().at("/results/0/namespace/name").asString()).isEqualTo("default");
    assertThat(r.json().at("/results/0/namespace/found").asBoolean()).isFalse();
    assertThat(r.json().at("/results/0/level").asString()).isEqualTo("privileged");
    Path withNs = write("ns.yaml", NAMESPACE.replace("name: shop", "name: team"));
    Run labelled = pss(file.toString(), withNs.toString(), "-n", "team", "-f", "json");
    assertThat(labelled.json().at("/results/0/namespace/name").asString()).isEqualTo("team");
    assertThat(labelled.json().at("/results/0/level").asString()).isEqualTo("baseline");
  }

  @Test
  void namespacesCommandWritesTheMigrationPlan() throws IOException {
    Path file = write("all.yaml", NAMESPACE, PLAIN_POD, HARDENED_POD, HOST_PID_DEPLOYMENT);
    Path other =
        write("other.yaml", HARDENED_POD.replace("namespace: shop", "namespace: payments"));
    Run r = run("pss", "namespaces", file.toString(), other.toString(), "-f", "json");
    assertThat(r.exit()).isEqualTo(0);
    JsonNode shop = r.json().at("/namespaces/0");
    assertThat(shop.path("name").asString()).isEqualTo("shop");
    assertThat(shop.path("workloads").asInt()).isEqualTo(3);
    assertThat(shop.at("/current/enforce").asString()).isEqualTo("baseline:v1.30");
    assertThat(shop.path("strictestPassing").asString()).isEqualTo("privileged");
    assertThat(shop.path("nextLevel").asString()).isEqualTo("baseline");
    assertThat(shop.at("/blocking/0/object/name").asString()).isEqualTo("agent");
    assertThat(shop.at("/blocking/0/reasons/0").asString()).isEqualTo("host namespaces");
    assertThat(shop.at("/violatingCurrentEnforce/0/object/name").asString()).isEqualTo("agent");
    JsonNode payments = r.json().at("/namespaces/1");
    assertThat(payments.path("found").asBoolean()).isFalse();
    assertThat(payments.path("strictestPassing").asString()).isEqualTo("restricted");
    assertThat(payments.path("nextLevel").isNull()).isTrue();
    assertThat(payments.at("/labels/pod-security.kubernetes.io~1enforce").asString())
        .isEqualTo("restricted");
    assertThat(payments.path("command").asString())
        .startsWith(
            "kubectl label --overwrite namespace payments"
                + " pod-security.kubernetes.io/enforce=restricted"
                + " pod-security.kubernetes.io/enforce-version=latest");
  }

  @Test
  void namespacesTableAndErrors() throws IOException {
    Path file = write("all.yaml", NAMESPACE, PLAIN_POD, HARDENED_POD);
    Run r = run("pss", "namespaces", file.toString(), "--version", "v1.30");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out())
        .contains("shop                             2  baseline:v1.30       baseline")
        .contains("all 2 pass baseline:v1.30; 1 block restricted:v1.30:")
        .contains("Pod shop/plain (" + file + ":10:1): allowPrivilegeEscalation != false");
    assertThat(run("pss", "namespaces", file.toString(), "--version", "v2").exit()).isEqualTo(2);
    Path bad = write("bad.yaml", "kind: [\n");
    assertThat(run("pss", "namespaces", file.toString(), bad.toString()).exit()).isEqualTo(2);
  }
}
