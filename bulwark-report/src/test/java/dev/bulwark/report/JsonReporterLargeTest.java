package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Finding;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.NotEvaluated;
import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON and SARIF reporters stream their members and render findings in parallel chunks; the
 * bytes must be exactly those of printing the whole tree, whatever the number of findings (none,
 * one, a chunk's worth, several windows) and whatever characters they hold.
 */
class JsonReporterLargeTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 255, 256, 257, 4_096, 4_097, 40_000})
  void streamedJsonEqualsThePrintedTree(int findings) throws IOException {
    assertStreamedEqualsTree(new JsonReporter(), report(findings));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 255, 256, 257, 4_096, 4_097, 40_000})
  void streamedSarifEqualsThePrintedTree(int findings) throws IOException {
    assertStreamedEqualsTree(new SarifReporter(), report(findings));
  }

  private static void assertStreamedEqualsTree(JsonTreeReporter reporter, Report report)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reporter.write(report, out);
    String expected = Json.pretty(reporter.tree(report));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(out.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
  }

  private static Report report(int count) {
    List<String> texts = printable(AwkwardStrings.all());
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String text = texts.get(i % texts.size());
      ObjectRef object = new ObjectRef("apps/v1", "Deployment", i % 7 == 0 ? null : "ns-" + text, "app-" + i);
      findings.add(
          SampleReport.finding(
              i % 2 == 0 ? SampleReport.PRIVILEGED_CONTAINER : SampleReport.MISSING_NETWORK_POLICY,
              object,
              JsonPointer.of("spec", "template", text),
              new Location("file-" + text + ".yaml", i + 1, i % 80 + 1),
              "message " + i + ": " + text));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    for (int i = 0; i < Math.min(count, 300); i++) {
      String text = texts.get(i % texts.size());
      Location at = new Location("bad-" + i + ".yaml", i + 1, 1);
      diagnostics.add(
          i % 3 == 0 ? Diagnostic.warning(at, "warning " + text) : Diagnostic.error(at, "error " + text));
      notEvaluated.add(
          new NotEvaluated("check-" + i, i % 2 == 0 ? null : SampleReport.WEB, "reason " + text));
    }
    return new Report(
        "0.1.0-TEST", List.of(), findings, diagnostics, notEvaluated, SampleReport.objects(3), 3);
  }

  /** The awkward strings Jackson can print: lone surrogates are not valid text to encode. */
  private static List<String> printable(List<String> strings) {
    List<String> out = new ArrayList<>();
    for (String s : strings) {
      if (s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)) {
        out.add(s);
      }
    }
    return out;
  }
}
