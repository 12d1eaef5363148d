package dev.bulwark.testing;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Finding;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.Report;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.EngineConfig;
import dev.bulwark.engine.ScanInput;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.LoaderLimits;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads one fixture file and runs one check on it through the real loader and engine, then
 * compares the findings with the file's {@code # expect:} markers.
 */
public final class FixtureRun {
  /** Fixtures run on a fixed date so expiry-dependent behaviour is reproducible. */
  static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private FixtureRun() {}

  /**
   * Problems with the fixture: missing, unexpected and misplaced findings, load errors and crashes.
   * An empty list means the fixture behaves as its markers say.
   */
  public static List<String> problems(
      Path fixture, FixtureKind kind, String checkId, CheckRegistry registry) {
    String text;
    try {
      text = Files.readString(fixture);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ExpectMarker> markers = ExpectMarker.parse(text);
    FixtureDirectives directives = FixtureDirectives.parse(text);
    LoadResult loaded = new ManifestLoader(LoaderLimits.defaults()).load(List.of(fixture.toString()));
    EngineConfig only =
        new EngineConfig(
            Set.of(checkId), Set.of(), Map.of(), Map.of(checkId, directives.parameters()), List.of());
    ScanInput input =
        new ScanInput(
            Inventory.of(loaded.resources()), loaded.diagnostics(), 1, true, directives.inventoryComplete());
    Report report = new Engine(registry, only, FIXED, "test").scan(input);

    List<String> problems = new ArrayList<>(kindProblems(kind, checkId, markers, report));
    for (Diagnostic d : report.diagnostics()) {
      problems.add("fixture does not load cleanly: " + d.location() + ": " + d.message());
    }
    if (loaded.resources().isEmpty()) {
      problems.add("fixture holds no object");
    }
    List<Finding> unmatched = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.check().equals("internal-error")) {
        problems.add("check crashed: " + f.message());
      } else if (f.check().equals(checkId) && !f.suppressed()) {
        unmatched.add(f);
      }
    }
    for (ExpectMarker m : markers) {
      if (!m.check().equals(checkId)) {
        problems.add("marker on line " + m.line() + " names " + m.check() + ", but this is the " + checkId + " folder");
        continue;
      }
      Finding match =
          unmatched.stream()
              .filter(f -> f.location().line() == m.line())
              .filter(f -> m.pointer() == null || m.pointer().equals(f.pointer().toString()))
              .findFirst()
              .orElse(null);
      if (match == null) {
        problems.add("missing finding on line " + m.line() + (m.pointer() == null ? "" : " at " + m.pointer())
            + nearby(unmatched, m));
      } else {
        unmatched.remove(match);
      }
    }
    for (Finding f : unmatched) {
      problems.add("unexpected finding on line " + f.location().line() + " at " + f.pointer() + ": " + f.message());
    }
    return problems;
  }

  private static List<String> kindProblems(
      FixtureKind kind, String checkId, List<ExpectMarker> markers, Report report) {
    List<String> problems = new ArrayList<>();
    if (kind != FixtureKind.FAIL && !markers.isEmpty()) {
      problems.add("only a fail fixture may carry # expect: markers");
    }
    if (kind == FixtureKind.FAIL && markers.isEmpty()) {
      problems.add("a fail fixture needs at least one # expect: " + checkId + " marker");
    }
    boolean notEvaluated = report.notEvaluated().stream().anyMatch(n -> n.check().equals(checkId));
    if (kind == FixtureKind.NOT_EVALUATED && !notEvaluated) {
      problems.add("the check should report that it could not evaluate an object here, but did not");
    }
    if (kind != FixtureKind.NOT_EVALUATED && notEvaluated) {
      problems.add("the check reports not evaluated; name the fixture not-evaluated-*.yaml if that is intended");
    }
    return problems;
  }

  private static String nearby(List<Finding> unmatched, ExpectMarker m) {
    return unmatched.isEmpty()
        ? ""
        : " (unmatched findings are on lines "
            + unmatched.stream().map(f -> f.location().line() + " " + f.pointer()).toList()
            + ")";
  }
}
