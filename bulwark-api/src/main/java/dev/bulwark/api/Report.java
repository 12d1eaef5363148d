package dev.bulwark.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one scan produced; reporters turn it into bytes.
 *
 * @param toolVersion Bulwark's version
 * @param checks metadata of every check that ran, sorted by id
 * @param findings findings in {@link Finding#ORDER}
 * @param diagnostics input and configuration problems in {@link Diagnostic#ORDER}
 * @param notEvaluated checks that could not run
 * @param objects every object scanned, in report order
 * @param filesScanned number of files read
 */
public record Report(
    String toolVersion,
    List<CheckMetadata> checks,
    List<Finding> findings,
    List<Diagnostic> diagnostics,
    List<NotEvaluated> notEvaluated,
    List<ScannedObject> objects,
    int filesScanned) {

  public Report {
    checks = List.copyOf(checks);
    findings = List.copyOf(findings);
    diagnostics = List.copyOf(diagnostics);
    notEvaluated = List.copyOf(notEvaluated);
    objects = List.copyOf(objects);
  }

  /** Number of objects scanned. */
  public int objectsScanned() {
    return objects.size();
  }

  /** Unsuppressed findings per severity, every severity present (zero when none). */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Finding f : findings) {
      if (!f.suppressed()) {
        counts.merge(f.severity(), 1, Integer::sum);
      }
    }
    return counts;
  }

  public long suppressedCount() {
    return findings.stream().filter(Finding::suppressed).count();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** True when an unsuppressed finding is at or above the threshold ({@code null} = never). */
  public boolean failsAt(Severity threshold) {
    return threshold != null
        && findings.stream().anyMatch(f -> !f.suppressed() && f.severity().atLeast(threshold));
  }

  /** 0 clean, 1 findings at or above the threshold, 2 bad input (which wins). */
  public int exitCode(Severity threshold) {
    if (hasErrors()) {
      return 2;
    }
    return failsAt(threshold) ? 1 : 0;
  }

  /** The metadata of a check by id, if it ran. */
  public java.util.Optional<CheckMetadata> check(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
