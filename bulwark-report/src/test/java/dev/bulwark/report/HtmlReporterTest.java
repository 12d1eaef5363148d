package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReporterTest {

  private final String html =
      new HtmlReporter(ReportOptions.DEFAULTS).render(SampleReport.report());

  @Test
  void isSelfContained() {
    assertThat(html)
        .doesNotContain("<script", "<link", "src=", "url(", "@import")
        .contains("default-src 'none'");
  }

  @Test
  void escapesEverythingFromTheInput() {
    assertThat(html)
        .contains("may change &lt;without notice&gt;")
        .doesNotContain("<without notice>", "<see #42>")
        .contains("side\\u001B[2Jcar")
        .doesNotContain("\u001b");
  }

  @Test
  void suppressedFindingsFoldAwayUnlessShown() {
    String shown =
        new HtmlReporter(ReportOptions.DEFAULTS.withShowSuppressed(true))
            .render(SampleReport.report());

    assertThat(html).contains("<details>", "1 suppressed finding");
    assertThat(shown).doesNotContain("<details>").contains("<tr class=\"suppressed\">");
  }
}
