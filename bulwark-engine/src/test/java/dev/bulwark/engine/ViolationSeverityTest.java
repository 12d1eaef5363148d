package dev.bulwark.engine;

import static dev.bulwark.engine.TestResources.inventory;
import static dev.bulwark.engine.TestResources.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Finding;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Report;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A check may grade each violation; a severity set in the config still wins. */
class ViolationSeverityTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

  @CheckInfo(
      id = "graded",
      summary = "Grades pods by name",
      severity = Severity.HIGH,
      category = Category.HYGIENE,
      kinds = {"Pod"},
      remediation = "None")
  static final class Graded implements Check {
    @Override
    public List<Violation> check(Resource r, CheckContext ctx) {
      Violation v = Violation.at(JsonPointer.ROOT, "graded");
      return List.of(r.name().equals("minor") ? v.withSeverity(Severity.LOW) : v);
    }
  }

  private static Report scan(EngineConfig config) {
    CheckRegistry registry = CheckRegistry.of(List.of(new Graded()));
    return new Engine(registry, config, CLOCK, "test")
        .scan(
            ScanInput.ofManifests(
                inventory(pod("ns", "minor", false, "{}"), pod("ns", "major", false, "{}")),
                List.of(),
                2));
  }

  @Test
  void violationSeverityReplacesTheDefault() {
    assertThat(scan(EngineConfig.DEFAULT).findings())
        .extracting(f -> f.object().name() + "=" + f.severity())
        .containsExactlyInAnyOrder("minor=LOW", "major=HIGH");
  }

  @Test
  void configuredSeverityWinsOverTheViolations() {
    EngineConfig config =
        new EngineConfig(
            Set.of(), Set.of(), Map.of("graded", Severity.MEDIUM), Map.of(), List.of());
    assertThat(scan(config).findings()).extracting(Finding::severity).containsOnly(Severity.MEDIUM);
  }
}
