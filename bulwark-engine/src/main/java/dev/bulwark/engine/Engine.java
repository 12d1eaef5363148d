package dev.bulwark.engine;

import dev.bulwark.api.Category;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Finding;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.NotEvaluated;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Report;
import dev.bulwark.api.Resource;
import dev.bulwark.api.ScannedObject;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Suppression;
import dev.bulwark.api.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the enabled checks over an inventory and assembles the report: kind matching, parameters,
 * severity overrides, suppression, crash isolation, parallelism and a deterministic order.
 */
public final class Engine {
  /** Metadata of the pseudo-check that reports a check that threw. */
  public static final CheckMetadata INTERNAL_ERROR =
      new CheckMetadata(
          "internal-error",
          "A check failed on this object",
          "Bulwark's own check threw an exception, so this object was not fully evaluated. Please"
              + " report it with the object that triggers it.",
          Severity.HIGH,
          Category.INTERNAL,
          Set.of(),
          Scope.RESOURCE,
          "Report the message and the manifest to the Bulwark maintainers",
          List.of(),
          List.of(),
          true);

  private final List<ActiveCheck> active;
  private final EngineConfig config;
  private final Clock clock;
  private final String toolVersion;
  private final Set<String> knownIds;

  /**
   * One enabled check with its effective metadata (severity override applied); a configured
   * severity also overrides the per-violation severity a check may set.
   */
  private record ActiveCheck(RegisteredCheck registered, CheckMetadata metadata, boolean severityConfigured) {}

  public Engine(CheckRegistry registry, EngineConfig config, Clock clock, String toolVersion) {
    this.config = config;
    this.clock = clock;
    this.toolVersion = toolVersion;
    this.knownIds = registry.all().stream().map(RegisteredCheck::id).collect(Collectors.toSet());
    this.active =
        registry.all().stream()
            .filter(c -> config.runs(c.id(), c.metadata().enabledByDefault()))
            .map(c -> new ActiveCheck(
                c, withSeverity(c.metadata(), config.severities().get(c.id())), config.severities().containsKey(c.id())))
            .toList();
  }

  /** Metadata of the checks that will run, sorted by id, with configured severities. */
  public List<CheckMetadata> activeChecks() {
    return active.stream().map(ActiveCheck::metadata).toList();
  }

  /** Runs every enabled check on every object and builds the report. */
  public Report scan(ScanInput input) {
    Suppressor suppressor = new Suppressor(config.exemptions(), LocalDate.now(clock));
    Map<String, RunContext> contexts =
        active.stream()
            .collect(
                Collectors.toMap(
                    a -> a.metadata().id(),
                    a ->
                        new RunContext(
                            input.inventory(), input.inventoryComplete(), a.metadata(), config)));
    List<ActiveCheck> runnable = new ArrayList<>();
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    Map<String, String> unreadable = input.inventory().unreadableKinds();
    for (ActiveCheck a : active) {
      CheckMetadata meta = a.metadata();
      List<String> missingInputs = meta.reads().stream().filter(unreadable::containsKey).sorted().toList();
      if (meta.scope() == Scope.INVENTORY && !input.inventoryAvailable()) {
        notEvaluated.add(new NotEvaluated(meta.id(), null, "needs the objects around the scanned one"));
      } else if (!missingInputs.isEmpty()) {
        notEvaluated.add(new NotEvaluated(meta.id(), null, needsUnreadable(missingInputs, unreadable)));
      } else {
        runnable.add(a);
        // It still judges what was read, but objects of a kind that could not be read were not judged.
        meta.kinds().stream()
            .filter(unreadable::containsKey)
            .sorted()
            .forEach(k -> notEvaluated.add(new NotEvaluated(meta.id(), null, k + " objects could not be read: " + unreadable.get(k))));
      }
    }
    List<Outcome> outcomes =
        input.inventory().all().parallelStream()
            .map(r -> evaluate(r, runnable, contexts, suppressor))
            .toList();

    List<Finding> findings = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>(input.loadDiagnostics());
    for (Outcome o : outcomes) {
      findings.addAll(o.findings());
      notEvaluated.addAll(o.notEvaluated());
      diagnostics.addAll(o.diagnostics());
    }
    diagnostics.addAll(suppressor.diagnostics());
    findings.sort(Finding.ORDER);
    diagnostics.sort(Diagnostic.ORDER);
    notEvaluated.sort(
        Comparator.comparing(NotEvaluated::check)
            .thenComparing(n -> n.object() == null ? "" : n.object().toString()));
    List<CheckMetadata> checks = new ArrayList<>(activeChecks());
    if (findings.stream().anyMatch(f -> f.check().equals(INTERNAL_ERROR.id()))) {
      checks.add(INTERNAL_ERROR);
      checks.sort(Comparator.comparing(CheckMetadata::id));
    }
    return new Report(
        toolVersion,
        checks,
        findings,
        diagnostics,
        notEvaluated,
        input.inventory().all().stream().map(ScannedObject::of).sorted().toList(),
        input.filesRead());
  }

  private static String needsUnreadable(List<String> kinds, Map<String, String> unreadable) {
    return "needs "
        + String.join(", ", kinds)
        + " objects, which could not be read: "
        + kinds.stream().map(unreadable::get).distinct().collect(Collectors.joining("; "));
  }

  /** What running the checks on one object gave. */
  private record Outcome(
      List<Finding> findings, List<NotEvaluated> notEvaluated, List<Diagnostic> diagnostics) {}

  private Outcome evaluate(
      Resource resource,
      List<ActiveCheck> checks,
      Map<String, RunContext> contexts,
      Suppressor suppressor) {
    List<Finding> findings = new ArrayList<>();
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    for (ActiveCheck a : checks) {
      CheckMetadata meta = a.metadata();
      if (!meta.appliesTo(resource.kind())) {
        continue;
      }
      List<Violation> violations;
      try {
        violations = a.registered().check().check(resource, contexts.get(meta.id()));
      } catch (NotEvaluatedException e) {
        notEvaluated.add(new NotEvaluated(meta.id(), resource.ref(), e.getMessage()));
        continue;
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        findings.add(internalError(resource, meta.id(), e));
        continue;
      }
      if (violations.isEmpty()) {
        continue;
      }
      Suppression suppression = suppressor.suppression(meta.id(), resource).orElse(null);
      for (Violation v : violations) {
        Severity severity = a.severityConfigured() || v.severity() == null ? meta.severity() : v.severity();
        findings.add(toFinding(resource, meta, v, severity, suppression));
      }
    }
    return new Outcome(findings, notEvaluated, suppressor.annotationProblems(resource, knownIds));
  }

  private static Finding toFinding(
      Resource resource, CheckMetadata meta, Violation v, Severity severity, Suppression suppression) {
    return new Finding(
        meta.id(),
        severity,
        meta.category(),
        resource.ref(),
        v.pointer(),
        resource.locate(v.pointer()),
        v.message(),
        meta.remediation(),
        suppression,
        meta.frameworks());
  }

  private static Finding internalError(Resource resource, String checkId, Throwable e) {
    String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new Finding(
        INTERNAL_ERROR.id(),
        INTERNAL_ERROR.severity(),
        INTERNAL_ERROR.category(),
        resource.ref(),
        JsonPointer.ROOT,
        resource.locate(JsonPointer.ROOT),
        "check " + checkId + " failed on this object (" + detail + ")",
        INTERNAL_ERROR.remediation(),
        null,
        List.of());
  }

  private static CheckMetadata withSeverity(CheckMetadata m, Severity override) {
    return override == null ? m : m.withSeverity(override);
  }
}
