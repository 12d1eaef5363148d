package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReportersTest {

  @Test
  void everyFormatHasAReporterNamedAfterIt() {
    assertThat(Reporters.formats()).containsExactly("table", "json", "sarif", "junit", "html");
    for (String format : Reporters.formats()) {
      assertThat(Reporters.forFormat(format, ReportOptions.DEFAULTS).format()).isEqualTo(format);
    }
  }

  @Test
  void formatNamesAreCaseInsensitive() {
    assertThat(Reporters.forFormat(" SARIF ", ReportOptions.DEFAULTS).format()).isEqualTo("sarif");
  }

  @Test
  void unknownFormatNamesItAndTheAcceptedOnes() {
    assertThatThrownBy(() -> Reporters.forFormat("xml", ReportOptions.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown report format 'xml' (expected table, json, sarif, junit or html)");
  }

  @Test
  void writeLeavesTheStreamOpen() throws IOException {
    class CloseTracking extends ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    for (String format : Reporters.formats()) {
      CloseTracking out = new CloseTracking();

      Reporters.forFormat(format, ReportOptions.DEFAULTS).write(SampleReport.report(), out);

      assertThat(out.closed).as(format).isFalse();
      assertThat(out.size()).as(format).isPositive();
    }
  }

  @Test
  void outputIsDeterministic() throws IOException {
    for (String format : Reporters.formats()) {
      assertThat(GoldenFilesTest.render(format, ReportOptions.DEFAULTS, SampleReport.report()))
          .as(format)
          .isEqualTo(GoldenFilesTest.render(format, ReportOptions.DEFAULTS, SampleReport.report()));
    }
  }
}
