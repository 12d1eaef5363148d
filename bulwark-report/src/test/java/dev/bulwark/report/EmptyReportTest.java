package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Report;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An empty report renders in every format and says so instead of printing nothing. */
class EmptyReportTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Objects were scanned and all passed. */
  private static final Report CLEAN =
      new Report(
          "0.1.0",
          List.of(SampleReport.PRIVILEGED_CONTAINER),
          List.of(),
          List.of(),
          List.of(),
          SampleReport.objects(3),
          2);

  static List<String> formats() {
    return Reporters.formats();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void rendersInEveryFormat(String format) throws IOException {
    for (Report report : List.of(SampleReport.empty(), CLEAN)) {
      String output = GoldenFilesTest.render(format, ReportOptions.DEFAULTS, report);

      assertThat(output).isNotBlank().endsWith("\n");
    }
  }

  @Test
  void tableSaysWhetherNothingWasFoundOrNothingWasScanned() {
    TableReporter table = new TableReporter(ReportOptions.DEFAULTS);

    assertThat(table.render(CLEAN))
        .isEqualTo("No problems found.\n3 objects in 2 files: no findings\n");
    assertThat(table.render(SampleReport.empty()))
        .startsWith("No Kubernetes objects were found in the input.");
  }

  @Test
  void htmlSaysNothingWasFound() {
    assertThat(new HtmlReporter(ReportOptions.DEFAULTS).render(CLEAN))
        .contains("<p class=\"clean\">No problems found.</p>");
  }

  @Test
  void jsonHasEmptyArraysAndZeroCounts() {
    JsonNode json = MAPPER.readTree(new JsonReporter().render(CLEAN));

    assertThat(json.get("findings").isArray()).isTrue();
    assertThat(json.get("findings")).isEmpty();
    assertThat(json.get("errors")).isEmpty();
    assertThat(json.get("summary").get("findings").get("total").asInt()).isZero();
    assertThat(json.get("summary").get("objects").asInt()).isEqualTo(3);
  }

  @Test
  void sarifIsValidWithoutResults() {
    JsonNode sarif = MAPPER.readTree(new SarifReporter().render(CLEAN));

    SarifReporterTest.assertValid(sarif);
    assertThat(sarif.get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void junitHasNoTestsWhenNoObjectIsKnown() {
    var root = Xml.parse(new JunitReporter().render(CLEAN)).getDocumentElement();

    assertThat(root.getAttribute("tests")).isEqualTo("0");
    assertThat(Xml.count(root, "testsuite")).isZero();
  }
}
