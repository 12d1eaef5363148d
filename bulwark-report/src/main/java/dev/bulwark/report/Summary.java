package dev.bulwark.report;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Report;
import dev.bulwark.api.Severity;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The numbers every format shows about a report, and the one-line sentence the human formats end
 * with, so that table and HTML say exactly the same thing.
 *
 * @param objects objects scanned
 * @param files files read
 * @param findings unsuppressed findings per severity, every severity present
 * @param suppressed suppressed findings
 * @param errors input errors (these make the scan exit with code 2)
 * @param warnings input warnings
 * @param notEvaluated check and object pairs that could not be evaluated
 */
record Summary(
    int objects,
    int files,
    Map<Severity, Integer> findings,
    long suppressed,
    long errors,
    long warnings,
    int notEvaluated) {

  /** Severities in the order reports list them: what to fix first comes first. */
  static final List<Severity> MOST_SEVERE_FIRST =
      List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO);

  static Summary of(Report report) {
    long errors = report.diagnostics().stream().filter(Diagnostic::isError).count();
    return new Summary(
        report.objectsScanned(),
        report.filesScanned(),
        report.countsBySeverity(),
        report.suppressedCount(),
        errors,
        report.diagnostics().size() - errors,
        report.notEvaluated().size());
  }

  /** Unsuppressed findings of every severity. */
  int unsuppressed() {
    return findings.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * For example {@code 12 objects in 5 files: 3 critical, 4 high, 2 medium, 0 low, 1 info (2
   * suppressed); 1 input error}.
   */
  String text() {
    StringBuilder line = new StringBuilder();
    line.append(Text.count(objects, "object", "objects"))
        .append(" in ")
        .append(Text.count(files, "file", "files"))
        .append(": ");
    if (unsuppressed() == 0) {
      line.append("no findings");
    } else {
      StringJoiner counts = new StringJoiner(", ");
      for (Severity severity : MOST_SEVERE_FIRST) {
        counts.add(findings.get(severity) + " " + severity.label());
      }
      line.append(counts);
    }
    if (suppressed > 0) {
      line.append(" (").append(suppressed).append(" suppressed)");
    }
    if (errors > 0 || warnings > 0) {
      StringJoiner problems = new StringJoiner(", ", "; ", "");
      if (errors > 0) {
        problems.add(Text.count(errors, "input error", "input errors"));
      }
      if (warnings > 0) {
        problems.add(Text.count(warnings, "warning", "warnings"));
      }
      line.append(problems);
    }
    if (notEvaluated > 0) {
      line.append("; ")
          .append(Text.count(notEvaluated, "check", "checks"))
          .append(" not evaluated");
    }
    return line.toString();
  }
}
