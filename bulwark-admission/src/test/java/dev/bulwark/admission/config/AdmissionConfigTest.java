package dev.bulwark.admission.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.api.Severity;
import dev.bulwark.checks.pss.PssLevel;
import dev.bulwark.engine.CheckRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file: every field read, every mistake reported at its line. */
class AdmissionConfigTest {
  private static final CheckRegistry REGISTRY = CheckRegistry.discover();

  private static AdmissionConfig parse(String yaml) throws AdmissionConfigException {
    return AdmissionConfig.parse("admission.yaml", yaml, REGISTRY);
  }

  private static void assertProblems(String yaml, String... problems) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(AdmissionConfigException.class)
        .satisfies(
            e -> assertThat(((AdmissionConfigException) e).problems()).containsExactly(problems));
  }

  @Test
  void defaultsAreUpstreamsAndTheServersBudget() {
    AdmissionConfig d = AdmissionConfig.defaults();
    assertThat(d.podSecurity().enabled()).isTrue();
    assertThat(d.podSecurity().defaults().enforce().level()).isEqualTo(PssLevel.PRIVILEGED);
    assertThat(d.policies()).isEmpty();
    assertThat(d.timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(d.onTimeout()).isEqualTo(TimeoutAction.ALLOW);
    assertThat(d.maxRequestBytes()).isEqualTo(3L * 1024 * 1024);
  }

  @Test
  void readsAFullFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("admission.yaml");
    Files.writeString(
        file,
        """
        apiVersion: bulwark.dev/v1alpha1
        kind: AdmissionConfiguration
        podSecurity:
          defaults:
            enforce: baseline
            enforce-version: v1.30
            audit: restricted
            warn: restricted
            warn-version: latest
          exemptions:
            usernames: [system:serviceaccount:ci:deployer]
            runtimeClasses: [kata]
            namespaces: [kube-system]
        policies:
          - name: images
            mode: enforce
            checks: [latest-tag, untrusted-registry]
            minSeverity: medium
            namespaceSelector:
              matchLabels: {env: prod}
              matchExpressions:
                - {key: tier, operator: NotIn, values: [sandbox]}
            parameters:
              untrusted-registry:
                allowedRegistries: [registry.example.com, ghcr.io/acme/]
        server:
          timeout: 1500ms
          onTimeout: deny
          maxRequestBytes: 1048576
        """);
    AdmissionConfig c = AdmissionConfig.load(file, REGISTRY);
    assertThat(c.podSecurity().defaults().enforce().toString()).isEqualTo("baseline:v1.30");
    assertThat(c.podSecurity().defaults().audit().toString()).isEqualTo("restricted:latest");
    assertThat(c.podSecurity().defaults().warn().toString()).isEqualTo("restricted:latest");
    assertThat(c.podSecurity().exemptions().exemptUser("system:serviceaccount:ci:deployer"))
        .isTrue();
    assertThat(c.podSecurity().exemptions().exemptRuntimeClass("kata")).isTrue();
    assertThat(c.podSecurity().exemptions().exemptNamespace("kube-system")).isTrue();
    PolicyRule rule = c.policies().get(0);
    assertThat(rule.name()).isEqualTo("images");
    assertThat(rule.mode()).isEqualTo(PolicyMode.ENFORCE);
    assertThat(rule.checks())
        .extracting(r -> r.id())
        .containsExactly("latest-tag", "untrusted-registry");
    assertThat(rule.minSeverity()).isEqualTo(Severity.MEDIUM);
    assertThat(rule.namespaceSelector().matches(Map.of("env", "prod"))).isTrue();
    assertThat(rule.namespaceSelector().matches(Map.of("env", "prod", "tier", "sandbox")))
        .isFalse();
    assertThat(rule.namespaceSelector().matches(Map.of("env", "dev"))).isFalse();
    assertThat(rule.parameters())
        .isEqualTo(
            Map.of(
                "untrusted-registry",
                Map.of("allowedRegistries", "registry.example.com,ghcr.io/acme/")));
    assertThat(c.timeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(c.onTimeout()).isEqualTo(TimeoutAction.DENY);
    assertThat(c.maxRequestBytes()).isEqualTo(1048576);
  }

  @Test
  void unknownKeysAndChecksAreErrorsAtTheirLine() {
    assertProblems(
        """
        apiVersion: bulwark.dev/v1alpha1
        kind: AdmissionConfiguration
        podSecurity:
          exemptions:
            users: [a]
        policies:
          - name: images
            mode: enforce
            checks: [latest-tag, no-such-check]
            selector: {}
        serverr: {}
        """,
        "admission.yaml:5:5: unknown key \"users\" (expected one of [namespaces, runtimeClasses,"
            + " usernames])",
        "admission.yaml:9:26: unknown check \"no-such-check\" (bulwark checks lists them)",
        "admission.yaml:10:5: unknown key \"selector\" (expected one of [checks, minSeverity, mode,"
            + " name, namespaceSelector, parameters])",
        "admission.yaml:11:1: unknown key \"serverr\" (expected one of [apiVersion, kind,"
            + " podSecurity, policies, server])");
  }

  @Test
  void badValuesAreErrorsAtTheirLine() {
    assertProblems(
        """
        apiVersion: bulwark.dev/v1alpha1
        kind: AdmissionConfiguration
        podSecurity:
          defaults:
            enforce: strict
            audit-version: "1.25"
          exemptions:
            namespaces: [a, a, ""]
        policies:
          - name: x
            mode: block
            checks: [latest-tag, latest-tag]
            minSeverity: urgent
            namespaceSelector:
              matchExpressions:
                - {key: env, operator: In}
                - {key: env, operator: Equals, values: [a]}
          - name: x
            mode: warn
            checks: [latest-tag]
            parameters:
              latest-tag: {nope: 1}
              no-cpu-request: {}
        server:
          timeout: 2
          onTimeout: retry
          maxRequestBytes: 10
        """,
        "admission.yaml:5:5: invalid level \"strict\": must be one of privileged, baseline,"
            + " restricted",
        "admission.yaml:6:5: invalid version \"1.25\": must be \"latest\" or \"v1.x\"",
        "admission.yaml:8:21: duplicate entry \"a\"",
        "admission.yaml:8:24: must not be empty",
        "admission.yaml:11:5: unknown mode \"block\": expected enforce, warn or audit",
        "admission.yaml:12:26: check \"latest-tag\" is listed twice",
        "admission.yaml:13:5: unknown severity 'urgent' (expected info, low, medium, high or"
            + " critical)",
        "admission.yaml:16:11: operator In needs values",
        "admission.yaml:17:22: operator must be In, NotIn, Exists or DoesNotExist",
        "admission.yaml:18:5: duplicate policy name \"x\"",
        "admission.yaml:22:20: check \"latest-tag\" has no parameter \"nope\"",
        "admission.yaml:23:7: parameters for \"no-cpu-request\", which this policy does not list",
        "admission.yaml:25:3: timeout must be a duration such as 2s or 500ms",
        "admission.yaml:26:3: onTimeout must be allow or deny",
        "admission.yaml:27:3: maxRequestBytes must be between 1024 and 67108864");
  }

  @Test
  void identityIsRequired() {
    assertProblems(
        "kind: PodSecurityConfiguration\n",
        "admission.yaml:1:1: missing apiVersion: bulwark.dev/v1alpha1",
        "admission.yaml:1:1: kind must be AdmissionConfiguration, not"
            + " \"PodSecurityConfiguration\"");
    assertProblems("", "admission.yaml: the file is empty; expected kind: AdmissionConfiguration");
  }

  @Test
  void yamlErrorsNameTheLine() {
    assertThatThrownBy(() -> parse("apiVersion: bulwark.dev/v1alpha1\nkind: [\n"))
        .isInstanceOf(AdmissionConfigException.class)
        .hasMessageStartingWith("admission.yaml:");
    assertThatThrownBy(() -> AdmissionConfig.load(Path.of("/nonexistent/admission.yaml"), REGISTRY))
        .isInstanceOf(AdmissionConfigException.class)
        .hasMessage("/nonexistent/admission.yaml: no such file");
  }

  @Test
  void timeoutsAreBounded() throws Exception {
    String base =
        "apiVersion: bulwark.dev/v1alpha1\nkind: AdmissionConfiguration\nserver:\n  timeout: ";
    assertThat(parse(base + "30s\n").timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(parse(base + "1.5s\n").timeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(parse(base + "250ms\n").timeout()).isEqualTo(Duration.ofMillis(250));
    for (String bad : new String[] {"31s", "1m", "0s"}) {
      assertProblems(
          base + bad + "\n",
          "admission.yaml:4:3: timeout must be more than 0 and at most 30s (the API server's"
              + " webhook limit)");
    }
    for (String bad : new String[] {"2", "2 s", "s", "1.2.3s", "-1s"}) {
      assertProblems(
          base + "\"" + bad + "\"\n",
          "admission.yaml:4:3: timeout must be a duration such as 2s or 500ms");
    }
  }
}
