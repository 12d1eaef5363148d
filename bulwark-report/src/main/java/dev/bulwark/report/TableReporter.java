package dev.bulwark.report;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Finding;
import dev.bulwark.api.NotEvaluated;
import dev.bulwark.api.Report;
import java.util.List;
import java.util.Locale;

/**
 * The {@code table} format: a report for people at a terminal. Findings are grouped by object (one
 * heading per object and file), one line each with severity, check, {@code line:col} and message,
 * and a {@code fix:} line underneath; then input problems, checks that could not be evaluated, and
 * a one-line summary. Everything taken from the input is passed through {@link Text#printable} so
 * that a hostile manifest cannot send escape sequences to the terminal.
 */
final class TableReporter implements TextReporter {

  private static final String INDENT = "  ";
  private static final int SEVERITY_WIDTH = "CRITICAL".length();

  private final ReportOptions options;
  private final Ansi ansi;

  TableReporter(ReportOptions options) {
    this.options = options;
    this.ansi = new Ansi(options.color());
  }

  @Override
  public String format() {
    return "table";
  }

  @Override
  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    List<ObjectFindings> groups =
        ObjectFindings.group(report.findings(), f -> options.showSuppressed() || !f.suppressed());
    // Each object's section stands alone; a scan of thousands of objects renders them on every core.
    List<String> sections = groups.parallelStream().map(this::objectSection).toList();
    for (String section : sections) {
      out.append(section).append('\n');
    }
    diagnosticsSection(out, report.diagnostics());
    notEvaluatedSection(out, report.notEvaluated());

    Summary summary = Summary.of(report);
    if (groups.isEmpty() && report.diagnostics().isEmpty()) {
      // Say it in words: an empty screen could also mean the scan never ran.
      out.append(
              report.objectsScanned() == 0
                  ? "No Kubernetes objects were found in the input."
                  : "No problems found.")
          .append('\n');
    }
    if (!options.showSuppressed() && summary.suppressed() > 0) {
      out.append(
              ansi.paint(
                  Text.count(summary.suppressed(), "suppressed finding", "suppressed findings")
                      + " not shown.",
                  Ansi.DIM))
          .append('\n');
    }
    out.append(ansi.paint(summary.text(), Ansi.BOLD)).append('\n');
    return out.toString();
  }

  private String objectSection(ObjectFindings group) {
    StringBuilder out = new StringBuilder();
    out.append(ansi.paint(Text.object(group.object()), Ansi.BOLD))
        .append(" in ")
        .append(Text.printable(group.file()))
        .append('\n');
    int checkWidth = 0;
    int positionWidth = 0;
    for (Finding finding : group.findings()) {
      checkWidth = Math.max(checkWidth, finding.check().length());
      positionWidth = Math.max(positionWidth, Text.lineColumn(finding.location()).length());
    }
    String fixIndent = INDENT + " ".repeat(SEVERITY_WIDTH + 2);
    for (Finding finding : group.findings()) {
      String severity = pad(finding.severity().label().toUpperCase(Locale.ROOT), SEVERITY_WIDTH);
      StringBuilder rest = new StringBuilder();
      rest.append(pad(Text.printable(finding.check()), checkWidth))
          .append("  ")
          .append(pad(Text.lineColumn(finding.location()), positionWidth))
          .append("  ")
          .append(Text.printable(finding.message()));
      if (finding.location().line() <= 0 && !finding.pointer().isRoot()) {
        // Without a line (cluster objects) the pointer is the only way to find the field.
        rest.append(" (at ").append(Text.pointer(finding.pointer())).append(')');
      }
      if (finding.suppressed()) {
        rest.append(" (suppressed: ")
            .append(Text.printable(finding.suppression().reason()))
            .append(')');
        out.append(INDENT).append(ansi.paint(severity + "  " + rest, Ansi.DIM)).append('\n');
      } else {
        out.append(INDENT)
            .append(ansi.paint(severity, Ansi.of(finding.severity())))
            .append("  ")
            .append(rest)
            .append('\n');
        out.append(fixIndent)
            .append(ansi.paint("fix: " + Text.printable(finding.remediation()), Ansi.DIM))
            .append('\n');
      }
    }
    return out.toString();
  }

  private void diagnosticsSection(StringBuilder out, List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return;
    }
    out.append(ansi.paint("Input problems", Ansi.BOLD)).append('\n');
    int locationWidth = 0;
    for (Diagnostic diagnostic : diagnostics) {
      locationWidth = Math.max(locationWidth, location(diagnostic).length());
    }
    for (Diagnostic diagnostic : diagnostics) {
      String level = pad(diagnostic.isError() ? "error" : "warning", "warning".length());
      out.append(INDENT)
          .append(ansi.paint(level, diagnostic.isError() ? Ansi.RED : Ansi.YELLOW))
          .append("  ")
          .append(pad(location(diagnostic), locationWidth))
          .append("  ")
          .append(Text.printable(diagnostic.message()))
          .append('\n');
    }
    out.append('\n');
  }

  private void notEvaluatedSection(StringBuilder out, List<NotEvaluated> entries) {
    if (entries.isEmpty()) {
      return;
    }
    out.append(ansi.paint("Not evaluated", Ansi.BOLD)).append('\n');
    int checkWidth = 0;
    int objectWidth = 0;
    for (NotEvaluated entry : entries) {
      checkWidth = Math.max(checkWidth, entry.check().length());
      objectWidth = Math.max(objectWidth, object(entry).length());
    }
    for (NotEvaluated entry : entries) {
      out.append(INDENT)
          .append(pad(Text.printable(entry.check()), checkWidth))
          .append("  ")
          .append(pad(object(entry), objectWidth))
          .append("  ")
          .append(Text.printable(entry.reason()))
          .append('\n');
    }
    out.append('\n');
  }

  private static String location(Diagnostic diagnostic) {
    return Text.printable(diagnostic.location().toString());
  }

  private static String object(NotEvaluated entry) {
    return entry.object() == null ? "(every object)" : Text.object(entry.object());
  }

  /**
   * Pads on the right; a trailing column is never padded so that lines carry no trailing blanks.
   */
  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
