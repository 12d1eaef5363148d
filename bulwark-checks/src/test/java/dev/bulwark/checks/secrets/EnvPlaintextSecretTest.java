package dev.bulwark.checks.secrets;

import static dev.bulwark.checks.testsupport.Findings.describe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.testsupport.Findings;
import dev.bulwark.checks.testsupport.TestContext;
import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.api.Test;

class EnvPlaintextSecretTest {
  private final EnvPlaintextSecret check = new EnvPlaintextSecret();

  @Test
  void pointsAtTheValueAndNeverRepeatsIt() {
    var pod =
        TestResources.pod(
            """
            {"initContainers":[{"name":"init","env":[{"name":"REDIS_AUTH","value":"r3dis-pw"}]}],
             "containers":[{"name":"app","env":[
               {"name":"DB_HOST","value":"postgres"},
               {"name":"DB_PASSWORD","value":"hunter2"}]}]}
            """);
    var findings = Findings.of(check, pod);
    assertThat(describe(findings))
        .containsExactly(
            "/spec/initContainers/0/env/0/value: env var \"REDIS_AUTH\" of init container \"init\""
                + " holds a literal value; take it from a Secret (valueFrom.secretKeyRef)",
            "/spec/containers/0/env/1/value: env var \"DB_PASSWORD\" of container \"app\" holds a"
                + " literal value; take it from a Secret (valueFrom.secretKeyRef)");
    assertThat(findings)
        .noneMatch(v -> v.message().contains("hunter2") || v.message().contains("r3dis"));
  }

  @Test
  void knownFormatsCountUnderAnyNameAndRandomValuesUnderHintingNames() {
    var pod =
        TestResources.pod(
            """
            {"containers":[{"name":"app","env":[
               {"name":"DATABASE_URL","value":"postgres://shop:Sup3rS3cret@db/shop"},
               {"name":"CACHE_KEY","value":"Kx9mQ2vL8pR4tZ7wN3bF"},
               {"name":"CACHE_NAME","value":"Kx9mQ2vL8pR4tZ7wN3bF"}]}]}
            """);
    var findings = Findings.of(check, pod);
    assertThat(describe(findings))
        .containsExactly(
            "/spec/containers/0/env/0/value: env var \"DATABASE_URL\" of container \"app\" holds"
                + " what looks like a URL with an embedded password; take it from a Secret"
                + " (valueFrom.secretKeyRef)",
            "/spec/containers/0/env/1/value: env var \"CACHE_KEY\" of container \"app\" holds a"
                + " random-looking literal value; take it from a Secret (valueFrom.secretKeyRef)");
    assertThat(findings)
        .noneMatch(v -> v.message().contains("Sup3r") || v.message().contains("Kx9m"));
  }

  @Test
  void extraNamesParameterAddsFragments() {
    var pod =
        TestResources.pod(
            """
            {"containers":[{"name":"app","env":[{"name":"SENTRY_DSN","value":"https://k@sentry.io/1"}]}]}
            """);
    assertThat(Findings.of(check, pod)).isEmpty();
    assertThat(
            Findings.of(
                check, pod, TestContext.defaultsOf(check).with("extraNames", " dsn, ,x_y ")))
        .hasSize(1);
  }

  @Test
  void skipsMalformedEntries() {
    var pod =
        TestResources.pod(
            """
            {"containers":[{"name":"app","env":[
              "DB_PASSWORD=x",
              {"value":"no-name"},
              {"name":"PASSWORD","value":12345},
              {"name":"TOKEN","value":{"nested":"x"}}]},
             {"name":"b","env":{"PASSWORD":"x"}}]}
            """);
    assertThat(Findings.of(check, pod)).isEmpty();
  }
}
