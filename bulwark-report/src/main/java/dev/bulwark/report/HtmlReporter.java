package dev.bulwark.report;

import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Finding;
import dev.bulwark.api.FrameworkRef;
import dev.bulwark.api.NotEvaluated;
import dev.bulwark.api.Report;
import dev.bulwark.api.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code html} format: one self-contained page (inline CSS, no scripts, no external assets) to
 * attach to a CI run or mail around. Summary cards per severity, findings grouped by object,
 * suppressed findings (inline when {@link ReportOptions#showSuppressed()}, otherwise folded away in
 * a {@code <details>} block, since an audit document should still show them), input problems and
 * checks that could not be evaluated. Every piece of text from the input is escaped, and a
 * Content-Security-Policy forbids scripts should escaping ever miss something.
 */
final class HtmlReporter implements TextReporter {

  private static final String STYLE =
      """
      :root { color-scheme: light dark; --fg: #1f2328; --muted: #656d76; --bg: #ffffff;
        --panel: #f6f8fa; --line: #d0d7de; --critical: #a40e26; --high: #d1242f;
        --medium: #9a6700; --low: #0969da; --info: #656d76; }
      @media (prefers-color-scheme: dark) {
        :root { --fg: #e6edf3; --muted: #8d96a0; --bg: #0d1117; --panel: #161b22;
          --line: #30363d; --critical: #ff7b72; --high: #f85149; --medium: #d29922;
          --low: #58a6ff; --info: #8d96a0; } }
      body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg);
        background: var(--bg); margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
      h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
      h2 { margin: 2rem 0 .75rem; font-size: 1.2rem; }
      .summary, .muted, footer { color: var(--muted); }
      .cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1.25rem 0; }
      .card { background: var(--panel); border: 1px solid var(--line); border-top-width: 4px;
        border-radius: 6px; padding: .5rem 1rem; min-width: 6.5rem; }
      .card .count { display: block; font-size: 1.6rem; font-weight: 600; }
      .card.critical { border-top-color: var(--critical); }
      .card.high { border-top-color: var(--high); }
      .card.medium { border-top-color: var(--medium); }
      .card.low { border-top-color: var(--low); }
      .card.info { border-top-color: var(--info); }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; vertical-align: top; padding: .4rem .6rem;
        border-bottom: 1px solid var(--line); }
      thead th { color: var(--muted); font-weight: 500; }
      tr.object th { background: var(--panel); padding-top: .6rem; }
      .file { color: var(--muted); font-weight: normal; margin-left: .5rem; }
      .sev { font-weight: 600; text-transform: uppercase; font-size: .8rem; }
      .sev.critical { color: var(--critical); } .sev.high { color: var(--high); }
      .sev.medium { color: var(--medium); } .sev.low { color: var(--low); }
      .sev.info { color: var(--info); }
      .pos { white-space: nowrap; font-variant-numeric: tabular-nums; }
      .fix, .where { color: var(--muted); font-size: .9rem; }
      .ref { display: inline-block; border: 1px solid var(--line); border-radius: 999px;
        padding: 0 .5rem; margin-right: .25rem; font-size: .75rem; color: var(--muted); }
      tr.suppressed td { opacity: .6; }
      .clean { font-size: 1.1rem; }
      code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: .85em; }
      footer { margin-top: 2.5rem; font-size: .85rem; }
      """;

  private final ReportOptions options;

  HtmlReporter(ReportOptions options) {
    this.options = options;
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String render(Report report) {
    Summary summary = Summary.of(report);
    String tool = "Bulwark " + esc(report.toolVersion());
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<meta http-equiv=\"Content-Security-Policy\"")
        .append(" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    out.append("<meta name=\"generator\" content=\"").append(tool).append("\">\n");
    out.append("<title>Bulwark report</title>\n<style>\n").append(STYLE).append("</style>\n");
    out.append("</head>\n<body>\n<header>\n<h1>Bulwark report</h1>\n");
    out.append("<p class=\"summary\">").append(esc(summary.text())).append("</p>\n");
    out.append("</header>\n");
    cards(out, summary);
    out.append("<main>\n");
    findings(out, report);
    if (!options.showSuppressed() && summary.suppressed() > 0) {
      suppressed(out, report);
    }
    diagnostics(out, report.diagnostics());
    notEvaluated(out, report.notEvaluated());
    out.append("</main>\n<footer>Generated by ").append(tool).append(".</footer>\n");
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void cards(StringBuilder out, Summary summary) {
    out.append("<section class=\"cards\" aria-label=\"Findings by severity\">\n");
    for (Severity severity : Summary.MOST_SEVERE_FIRST) {
      card(out, severity.label(), summary.findings().get(severity), severity.label());
    }
    card(out, "neutral", summary.suppressed(), "suppressed");
    card(out, "neutral", summary.errors(), summary.errors() == 1 ? "input error" : "input errors");
    out.append("</section>\n");
  }

  private static void card(StringBuilder out, String cssClass, long count, String label) {
    out.append("<div class=\"card ")
        .append(cssClass)
        .append("\"><span class=\"count\">")
        .append(count)
        .append("</span>")
        .append(label)
        .append("</div>\n");
  }

  private void findings(StringBuilder out, Report report) {
    out.append("<h2>Findings</h2>\n");
    List<ObjectFindings> groups =
        ObjectFindings.group(report.findings(), f -> options.showSuppressed() || !f.suppressed());
    if (groups.isEmpty()) {
      out.append("<p class=\"clean\">")
          .append(
              report.objectsScanned() == 0
                  ? "No Kubernetes objects were found in the input."
                  : "No problems found.")
          .append("</p>\n");
      return;
    }
    out.append("<table class=\"findings\">\n<thead><tr><th>Severity</th><th>Check</th>")
        .append("<th>Line</th><th>Finding</th></tr></thead>\n");
    for (ObjectFindings group : groups) {
      out.append("<tbody>\n<tr class=\"object\"><th colspan=\"4\">")
          .append(esc(group.object().toString()))
          .append("<span class=\"file\">")
          .append(esc(group.file()))
          .append("</span></th></tr>\n");
      for (Finding finding : group.findings()) {
        findingRow(out, report, finding);
      }
      out.append("</tbody>\n");
    }
    out.append("</table>\n");
  }

  private static void findingRow(StringBuilder out, Report report, Finding finding) {
    out.append(finding.suppressed() ? "<tr class=\"suppressed\">" : "<tr>");
    out.append("<td><span class=\"sev ")
        .append(finding.severity().label())
        .append("\">")
        .append(finding.severity().label())
        .append("</span></td>");
    out.append("<td><code");
    report
        .check(finding.check())
        .map(CheckMetadata::summary)
        .ifPresent(summary -> out.append(" title=\"").append(esc(summary)).append('"'));
    out.append('>').append(esc(finding.check())).append("</code></td>");
    out.append("<td class=\"pos\">").append(Text.lineColumn(finding.location())).append("</td>");
    out.append("<td>").append(esc(finding.message()));
    if (finding.suppressed()) {
      out.append(" <em>(suppressed: ").append(esc(finding.suppression().reason())).append(")</em>");
    }
    out.append("<div class=\"where\"><code>")
        .append(Markup.escape(Text.pointer(finding.pointer())))
        .append("</code></div>");
    if (!finding.suppressed()) {
      out.append("<div class=\"fix\">Fix: ").append(esc(finding.remediation())).append("</div>");
    }
    if (!finding.frameworks().isEmpty()) {
      out.append("<div>")
          .append(
              finding.frameworks().stream()
                  .map(FrameworkRef::toString)
                  .map(ref -> "<span class=\"ref\">" + esc(ref) + "</span>")
                  .collect(Collectors.joining()))
          .append("</div>");
    }
    out.append("</td></tr>\n");
  }

  private static void suppressed(StringBuilder out, Report report) {
    List<Finding> suppressed = report.findings().stream().filter(Finding::suppressed).toList();
    out.append("<details>\n<summary>")
        .append(Text.count(suppressed.size(), "suppressed finding", "suppressed findings"))
        .append("</summary>\n<table class=\"suppressed\">\n")
        .append("<thead><tr><th>Object</th><th>Check</th><th>Where</th><th>Reason</th>")
        .append("<th>Source</th></tr></thead>\n<tbody>\n");
    for (Finding finding : suppressed) {
      out.append("<tr><td>")
          .append(esc(finding.object().toString()))
          .append("</td><td><code>")
          .append(esc(finding.check()))
          .append("</code></td><td class=\"pos\">")
          .append(esc(finding.location().toString()))
          .append("</td><td>")
          .append(esc(finding.suppression().reason()))
          .append("</td><td>")
          .append(esc(finding.suppression().source()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</details>\n");
  }

  private static void diagnostics(StringBuilder out, List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return;
    }
    out.append("<h2>Input problems</h2>\n<table class=\"diagnostics\">\n")
        .append("<thead><tr><th>Level</th><th>Where</th><th>Problem</th></tr></thead>\n")
        .append("<tbody>\n");
    for (Diagnostic diagnostic : diagnostics) {
      out.append("<tr><td><span class=\"sev ")
          .append(diagnostic.isError() ? "high\">error" : "medium\">warning")
          .append("</span></td><td class=\"pos\">")
          .append(esc(diagnostic.location().toString()))
          .append("</td><td>")
          .append(esc(diagnostic.message()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void notEvaluated(StringBuilder out, List<NotEvaluated> entries) {
    if (entries.isEmpty()) {
      return;
    }
    out.append("<h2>Not evaluated</h2>\n<table class=\"not-evaluated\">\n")
        .append("<thead><tr><th>Check</th><th>Object</th><th>Why</th></tr></thead>\n")
        .append("<tbody>\n");
    for (NotEvaluated entry : entries) {
      out.append("<tr><td><code>")
          .append(esc(entry.check()))
          .append("</code></td><td>")
          .append(entry.object() == null ? "(every object)" : esc(entry.object().toString()))
          .append("</td><td>")
          .append(esc(entry.reason()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String esc(String text) {
    return Markup.escape(text);
  }
}
