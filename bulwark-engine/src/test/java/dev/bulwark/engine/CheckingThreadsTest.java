package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Finding;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Report;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every object asks for one slow whole-inventory value at once, far more waits than the checking
 * pool has spare threads: the value is built once, every object still gets its finding, in input
 * order, and no wait turns into an internal error.
 */
class CheckingThreadsTest {
  private static final AtomicInteger BUILDS = new AtomicInteger();

  /** Sleeps so that every other thread arrives while it is being built. */
  private static final Inventory.Derived<Integer> SLOW_MODEL =
      inventory -> {
        BUILDS.incrementAndGet();
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return inventory.size();
      };

  @CheckInfo(
      id = "uses-slow-model",
      summary = "Reads a slow inventory-wide value",
      severity = Severity.LOW,
      category = Category.HYGIENE,
      kinds = {"Pod"},
      scope = Scope.INVENTORY,
      remediation = "None")
  static final class UsesSlowModel implements Check {
    @Override
    public List<Violation> check(Resource r, CheckContext ctx) {
      int size = ctx.inventory().derived(SLOW_MODEL);
      return List.of(Violation.at(JsonPointer.ROOT, "%s sees %d objects", r.name(), size));
    }
  }

  @Test
  void manyWaitsForOneModelBuildItOnceAndLoseNothing() {
    List<Resource> pods = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      pods.add(TestResources.pod("ns", String.format("pod-%03d", i), false, "{}"));
    }
    Engine engine =
        new Engine(
            CheckRegistry.of(List.of(new UsesSlowModel())),
            EngineConfig.DEFAULT,
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC),
            "test");
    BUILDS.set(0);
    Report report =
        engine.scan(ScanInput.ofManifests(Inventory.of(pods), List.of(), pods.size()));

    assertThat(BUILDS).hasValue(1);
    assertThat(report.findings()).extracting(Finding::check).containsOnly("uses-slow-model");
    assertThat(report.findings())
        .extracting(Finding::message)
        .hasSize(400)
        .allMatch(m -> m.endsWith("sees 400 objects"))
        .isSorted();
  }
}
