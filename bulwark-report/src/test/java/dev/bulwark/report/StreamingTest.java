package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format writes to a stream exactly what its golden-tested text rendering says. */
class StreamingTest {

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "sarif", "junit", "html"})
  void streamedBytesEqualTheRenderedText(String format) throws IOException {
    TextReporter reporter = (TextReporter) Reporters.forFormat(format, ReportOptions.DEFAULTS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reporter.write(SampleReport.report(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(reporter.render(SampleReport.report()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "sarif", "junit", "html"})
  void anEmptyReportStreamsAsItRenders(String format) throws IOException {
    TextReporter reporter = (TextReporter) Reporters.forFormat(format, ReportOptions.DEFAULTS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reporter.write(SampleReport.empty(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(reporter.render(SampleReport.empty()));
  }
}
