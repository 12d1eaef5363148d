package dev.bulwark.report;

import dev.bulwark.api.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format rendered from {@link SampleReport} against its golden file. Regenerate with {@code
 * -Dbulwark.updateGolden=true} (see {@link Golden}).
 */
class GoldenFilesTest {

  @ParameterizedTest
  @CsvSource({"table, txt", "json, json", "sarif, sarif", "junit, xml", "html, html"})
  void formatMatchesGoldenFile(String format, String extension) throws IOException {
    String output = render(format, ReportOptions.DEFAULTS, SampleReport.report());

    Golden.assertMatches("report." + extension, output);
  }

  @Test
  void tableWithSuppressedFindingsMatchesGoldenFile() throws IOException {
    String output =
        render("table", ReportOptions.DEFAULTS.withShowSuppressed(true), SampleReport.report());

    Golden.assertMatches("report.show-suppressed.txt", output);
  }

  @Test
  void emptyTableMatchesGoldenFile() throws IOException {
    Golden.assertMatches(
        "empty.txt", render("table", ReportOptions.DEFAULTS, SampleReport.empty()));
  }

  /** Through the public entry point and the byte stream, as the CLI uses it. */
  static String render(String format, ReportOptions options, Report report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reporters.forFormat(format, options).write(report, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
