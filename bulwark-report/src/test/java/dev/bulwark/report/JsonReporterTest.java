package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON report keeps DESIGN.md's contract: these keys, in this order, and nothing else. */
class JsonReporterTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final String output = new JsonReporter().render(SampleReport.report());
  private final JsonNode root = MAPPER.readTree(output);

  @Test
  void topLevelHasContractKeysAndDocumentedAdditions() {
    assertThat(keys(root))
        .containsExactly("tool", "summary", "findings", "errors", "warnings", "notEvaluated");
    assertThat(keys(root.get("tool"))).containsExactly("name", "version");
    assertThat(root.get("tool").get("name").asString()).isEqualTo("bulwark");
    assertThat(keys(root.get("summary")))
        .containsExactly(
            "objects", "files", "findings", "suppressed", "errors", "warnings", "notEvaluated");
    assertThat(keys(root.get("summary").get("findings")))
        .containsExactly("total", "critical", "high", "medium", "low", "info");
  }

  @Test
  void everyFindingHasContractKeysAndSuppressionOnlyWhenSuppressed() {
    List<String> contract =
        List.of(
            "check",
            "severity",
            "category",
            "object",
            "pointer",
            "location",
            "message",
            "remediation",
            "suppressed",
            "frameworks");
    assertThat(root.get("findings")).hasSize(7);
    for (JsonNode finding : root.get("findings")) {
      List<String> expected = new ArrayList<>(contract);
      if (finding.get("suppressed").asBoolean()) {
        expected.add(expected.indexOf("suppressed") + 1, "suppression");
        assertThat(keys(finding.get("suppression"))).containsExactly("reason", "source");
      }
      assertThat(keys(finding)).containsExactlyElementsOf(expected);
      assertThat(keys(finding.get("object")))
          .containsExactly("apiVersion", "kind", "namespace", "name");
      assertThat(keys(finding.get("location"))).containsExactly("file", "line", "column");
      finding.get("frameworks").forEach(f -> assertThat(f.asString()).matches("[A-Z]+:.+"));
    }
  }

  @Test
  void clusterScopedObjectsHaveNullNamespace() {
    JsonNode clusterRole = findingOf("rbac-wildcard-verbs");

    assertThat(clusterRole.get("object").get("namespace").isNull()).isTrue();
    assertThat(findingOf("privileged-container").get("object").get("namespace").asString())
        .isEqualTo("shop");
  }

  @Test
  void suppressedFindingsStayWithTheirReason() {
    JsonNode suppressed = root.get("findings").get(3);

    assertThat(suppressed.get("suppressed").asBoolean()).isTrue();
    assertThat(suppressed.get("suppression").get("reason").asString())
        .isEqualTo("pinned by digest in the prod overlay <see #42>");
    assertThat(suppressed.get("suppression").get("source").asString()).isEqualTo("annotation");
  }

  @Test
  void diagnosticsSplitIntoErrorsAndWarningsOfOneShape() {
    assertThat(root.get("errors")).hasSize(1);
    assertThat(root.get("warnings")).hasSize(1);
    for (JsonNode diagnostic : List.of(root.get("errors").get(0), root.get("warnings").get(0))) {
      assertThat(keys(diagnostic)).containsExactly("file", "line", "column", "message");
    }
    assertThat(keys(root.get("notEvaluated").get(0))).containsExactly("check", "object", "reason");
  }

  @Test
  void messagesRoundTripExactlyIncludingControlAndNonAsciiCharacters() {
    Report report = SampleReport.report();
    for (int i = 0; i < report.findings().size(); i++) {
      assertThat(root.get("findings").get(i).get("message").asString())
          .isEqualTo(report.findings().get(i).message());
    }
  }

  @Test
  void prettyPrintedWithTwoSpacesAndTrailingNewline() {
    assertThat(output).startsWith("{\n  \"tool\": {\n    \"name\": \"bulwark\",");
    assertThat(output).endsWith("}\n").doesNotContain("\r");
  }

  private JsonNode findingOf(String check) {
    for (JsonNode finding : root.get("findings")) {
      if (finding.get("check").asString().equals(check)) {
        return finding;
      }
    }
    throw new AssertionError("no finding of " + check);
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.propertyNames().forEach(keys::add);
    return keys;
  }
}
