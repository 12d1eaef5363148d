package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Finding;
import dev.bulwark.api.Location;
import dev.bulwark.api.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReporterTest {

  private static final char ESC = '\u001b';

  @Test
  void withoutColorThereIsNoEscapeCharacterEvenWhenAMessageHasOne() {
    String output = new TableReporter(ReportOptions.DEFAULTS).render(SampleReport.report());

    assertThat(output).doesNotContain(String.valueOf(ESC));
    assertThat(output).contains("side\\u001B[2Jcar");
  }

  @Test
  void withColorOnlyOurOwnSgrSequencesAppear() {
    String output =
        new TableReporter(ReportOptions.DEFAULTS.withColor(true)).render(SampleReport.report());

    assertThat(output).contains(ESC + "[1;31mCRITICAL" + ESC + "[0m");
    // Every ESC starts one of our SGR sequences: digits and semicolons, then 'm'.
    String[] afterEachEsc = output.split(String.valueOf(ESC), -1);
    for (int i = 1; i < afterEachEsc.length; i++) {
      assertThat(afterEachEsc[i]).matches("(?s)\\[[0-9;]+m.*");
    }
  }

  @Test
  void suppressedFindingsAreCountedOrListedWithTheirReason() {
    Report report = SampleReport.report();

    String hidden = new TableReporter(ReportOptions.DEFAULTS).render(report);
    String shown =
        new TableReporter(ReportOptions.DEFAULTS.withShowSuppressed(true)).render(report);

    assertThat(hidden).contains("1 suppressed finding not shown.").doesNotContain("worker:latest");
    assertThat(shown)
        .contains("(suppressed: pinned by digest in the prod overlay <see #42>)")
        .doesNotContain("not shown");
  }

  @Test
  void findingWithoutALineShowsItsPointer() {
    Finding finding = SampleReport.report().findings().get(2);
    Finding fromCluster =
        new Finding(
            finding.check(),
            finding.severity(),
            finding.category(),
            finding.object(),
            finding.pointer(),
            Location.ofFile("cluster://prod"),
            finding.message(),
            finding.remediation(),
            null,
            finding.frameworks());
    Report report =
        new Report("0.1.0", List.of(), List.of(fromCluster), List.of(), List.of(), SampleReport.objects(1), 0);

    String output = new TableReporter(ReportOptions.DEFAULTS).render(report);

    assertThat(output)
        .contains("Deployment shop/web in cluster://prod")
        .contains(
            "-  Container \"web\" runs privileged"
                + " (at /spec/template/spec/containers/0/securityContext/privileged)");
  }

  @Test
  void noLineEndsWithBlanks() {
    String output = new TableReporter(ReportOptions.DEFAULTS).render(SampleReport.report());

    assertThat(output.lines()).noneMatch(line -> line.endsWith(" "));
  }
}
