package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Category;
import dev.bulwark.api.Finding;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.Report;
import dev.bulwark.api.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Structural validation of the SARIF output against what SARIF 2.1.0 and GitHub require. */
class SarifReporterTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

  @Test
  void sampleReportIsStructurallyValid() {
    assertValid(render(SampleReport.report()));
  }

  @Test
  void everyCheckHasARuleAndEveryResultPointsAtItsRule() {
    JsonNode run = render(SampleReport.report()).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");

    assertThat(rules).hasSize(SampleReport.report().checks().size());
    assertThat(run.get("results")).hasSize(SampleReport.report().findings().size());
    for (JsonNode result : run.get("results")) {
      JsonNode rule = rules.get(result.get("ruleIndex").asInt());
      assertThat(rule.get("id").asString()).isEqualTo(result.get("ruleId").asString());
    }
  }

  @Test
  void rulesCarryGithubSecuritySeverityAndPascalCaseNames() {
    JsonNode rule = rule(render(SampleReport.report()), "privileged-container");

    assertThat(rule.get("name").asString()).isEqualTo("PrivilegedContainer");
    assertThat(rule.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
    assertThat(rule.get("properties").get("security-severity").asString()).isEqualTo("9.5");
    assertThat(rule.get("properties").get("tags").toString())
        .contains("security", "security-context", "CIS:5.2.1", "PSS:baseline");
    assertThat(rule.get("help").get("markdown").asString())
        .contains("**Fix:** Set securityContext.privileged to false");
  }

  @Test
  void suppressedFindingsCarryASuppressionWithTheReason() {
    JsonNode results = render(SampleReport.report()).get("runs").get(0).get("results");
    JsonNode suppressed = results.get(3);

    assertThat(suppressed.get("suppressions")).hasSize(1);
    assertThat(suppressed.get("suppressions").get(0).get("kind").asString()).isEqualTo("inSource");
    assertThat(suppressed.get("suppressions").get(0).get("justification").asString())
        .isEqualTo("pinned by digest in the prod overlay <see #42>");
    assertThat(results.get(0).has("suppressions")).isFalse();
  }

  @Test
  void diagnosticsAndNotEvaluatedBecomeNotificationsOfASuccessfulRun() {
    JsonNode invocation =
        render(SampleReport.report()).get("runs").get(0).get("invocations").get(0);

    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    JsonNode notifications = invocation.get("toolExecutionNotifications");
    assertThat(notifications).hasSize(3);
    assertThat(notifications.get(0).get("level").asString()).isEqualTo("error");
    assertThat(notifications.get(1).get("level").asString()).isEqualTo("warning");
    assertThat(notifications.get(1).get("locations").get(0).get("physicalLocation").has("region"))
        .as("line 0 means the whole file: no region")
        .isFalse();
    assertThat(notifications.get(2).get("associatedRule").get("id").asString())
        .isEqualTo("missing-network-policy");
  }

  @Test
  void findingOfACheckWithoutMetadataGetsARuleOfItsOwn() {
    Finding crash =
        new Finding(
            "internal-error",
            Severity.HIGH,
            Category.INTERNAL,
            SampleReport.WEB,
            JsonPointer.ROOT,
            new Location("deploy/web.yaml", 1, 1),
            "check privileged-container crashed: NullPointerException",
            "Report this as a bug",
            null,
            List.of());
    Report report =
        new Report(
            "0.1.0",
            List.of(SampleReport.PRIVILEGED_CONTAINER),
            List.of(crash),
            List.of(),
            List.of(),
            SampleReport.objects(1),
            1);

    JsonNode sarif = render(report);

    assertValid(sarif);
    JsonNode rule = rule(sarif, "internal-error");
    assertThat(rule.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
    assertThat(rule.has("helpUri")).isFalse();
  }

  @Test
  void ruleLevelFollowsASeverityOverrideSharedByAllFindingsOfTheCheck() {
    Finding downgraded =
        withSeverity(SampleReport.report().findings().get(2), Severity.LOW); // privileged, web
    Report report =
        new Report(
            "0.1.0",
            List.of(SampleReport.PRIVILEGED_CONTAINER),
            List.of(downgraded),
            List.of(),
            List.of(),
            SampleReport.objects(1),
            1);

    JsonNode rule = rule(render(report), "privileged-container");

    assertThat(rule.get("defaultConfiguration").get("level").asString()).isEqualTo("note");
    assertThat(rule.get("properties").get("security-severity").asString()).isEqualTo("3.0");
  }

  @Test
  void fingerprintIgnoresLinesButNotTheField() {
    Finding finding = SampleReport.report().findings().get(2);
    Finding moved =
        new Finding(
            finding.check(),
            finding.severity(),
            finding.category(),
            finding.object(),
            finding.pointer(),
            new Location("deploy/web.yaml", 99, 1),
            finding.message(),
            finding.remediation(),
            null,
            finding.frameworks());
    Finding otherField =
        new Finding(
            finding.check(),
            finding.severity(),
            finding.category(),
            finding.object(),
            finding.pointer().parent(),
            finding.location(),
            finding.message(),
            finding.remediation(),
            null,
            finding.frameworks());

    assertThat(SarifReporter.fingerprint(moved)).isEqualTo(SarifReporter.fingerprint(finding));
    assertThat(SarifReporter.fingerprint(otherField))
        .isNotEqualTo(SarifReporter.fingerprint(finding));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "deploy/web.yaml           | deploy/web.yaml              | %SRCROOT%",
        "./deploy/web.yaml         | deploy/web.yaml              | %SRCROOT%",
        "my apps\\ümlaut #1.yaml   | my%20apps/%C3%BCmlaut%20%231.yaml | %SRCROOT%",
        "/etc/kubernetes/pod.yaml  | file:///etc/kubernetes/pod.yaml | ''",
        "C:\\k8s\\pod.yaml         | file:///C:/k8s/pod.yaml      | ''",
        "https://api.example:6443/api/v1/namespaces/shop |"
            + " https://api.example:6443/api/v1/namespaces/shop | ''",
      })
  void artifactUrisAreValidAndRelativeWhereTheInputWas(String file, String uri, String base) {
    JsonNode artifact = SarifLocations.artifact(file);

    assertThat(artifact.get("uri").asString()).isEqualTo(uri);
    if (base.isEmpty()) {
      assertThat(artifact.has("uriBaseId")).isFalse();
    } else {
      assertThat(artifact.get("uriBaseId").asString()).isEqualTo(base);
    }
  }

  @Test
  void pascalCaseNames() {
    assertThat(SarifRules.pascalCase("rbac-wildcard-verbs")).isEqualTo("RbacWildcardVerbs");
    assertThat(SarifRules.pascalCase("cis-1-2-3")).isEqualTo("Cis123");
  }

  /** The parts of SARIF 2.1.0 and GitHub's ingestion rules a consumer relies on. */
  static void assertValid(JsonNode sarif) {
    assertThat(sarif.get("$schema").asString()).isEqualTo(SarifReporter.SCHEMA);
    assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
    assertThat(sarif.get("runs")).hasSize(1);
    JsonNode run = sarif.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asString()).isNotBlank();
    JsonNode rules = driver.get("rules");
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : rules) {
      assertThat(ids.add(rule.get("id").asString())).as("rule ids are unique").isTrue();
      assertThat(rule.get("shortDescription").get("text").asString()).isNotBlank();
      assertThat(rule.get("fullDescription").get("text").asString()).isNotBlank();
      assertThat(rule.get("help").get("text").asString()).isNotBlank();
      assertThat(LEVELS).contains(rule.get("defaultConfiguration").get("level").asString());
      JsonNode securitySeverity = rule.get("properties").get("security-severity");
      if (securitySeverity != null) {
        assertThat(Double.parseDouble(securitySeverity.asString())).isBetween(0.0, 10.0);
      }
    }
    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      assertThat(index).isBetween(0, rules.size() - 1);
      assertThat(rules.get(index).get("id").asString()).isEqualTo(result.get("ruleId").asString());
      assertThat(LEVELS).contains(result.get("level").asString());
      assertThat(result.get("message").get("text").asString()).isNotBlank();
      assertThat(result.get("locations")).isNotEmpty();
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      assertThat(physical.get("artifactLocation").get("uri").asString()).isNotBlank();
      if (physical.has("region")) {
        assertThat(physical.get("region").get("startLine").asInt()).isPositive();
      }
      assertThat(result.get("partialFingerprints").get(SarifReporter.FINGERPRINT).asString())
          .matches("[0-9a-f]{32}");
    }
    for (JsonNode invocation : run.get("invocations")) {
      assertThat(invocation.get("executionSuccessful").isBoolean()).isTrue();
      JsonNode notifications = invocation.get("toolExecutionNotifications");
      if (notifications != null) {
        notifications.forEach(n -> assertThat(LEVELS).contains(n.get("level").asString()));
      }
    }
  }

  private static JsonNode rule(JsonNode sarif, String id) {
    for (JsonNode rule : sarif.get("runs").get(0).get("tool").get("driver").get("rules")) {
      if (rule.get("id").asString().equals(id)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  private static Finding withSeverity(Finding f, Severity severity) {
    return new Finding(
        f.check(),
        severity,
        f.category(),
        f.object(),
        f.pointer(),
        f.location(),
        f.message(),
        f.remediation(),
        f.suppression(),
        f.frameworks());
  }

  private static JsonNode render(Report report) {
    return MAPPER.readTree(new SarifReporter().render(report));
  }
}
