package dev.bulwark.engine;

import static dev.bulwark.engine.TestResources.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.Finding;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.NotEvaluated;
import dev.bulwark.api.Report;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kinds a source could not read turn the checks that need them into "not evaluated". */
class UnreadableKindsTest {
  private static final CheckRegistry REGISTRY =
      CheckRegistry.of(List.of(new SampleChecks.BadFlag(), new SampleChecks.ReadsSecrets()));
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

  private static Report scan(Map<String, String> unreadable) {
    Inventory inventory = Inventory.of(List.of(pod("ns", "a", true, "{}")), unreadable);
    return new Engine(REGISTRY, EngineConfig.DEFAULT, CLOCK, "test")
        .scan(new ScanInput(inventory, List.of(), 0, true, true));
  }

  @Test
  void readsExpandRbacAndWorkloadsInTheMetadata() {
    assertThat(CheckMetadata.of(SampleChecks.ReadsSecrets.class).reads())
        .containsExactlyInAnyOrder("Secret", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");
    assertThat(CheckMetadata.of(SampleChecks.BadFlag.class).reads()).isEmpty();
  }

  @Test
  void everythingRunsWhenEveryKindWasRead() {
    Report report = scan(Map.of());
    assertThat(report.findings()).extracting(Finding::check).containsExactlyInAnyOrder("bad-flag", "reads-secrets");
    assertThat(report.notEvaluated()).isEmpty();
  }

  @Test
  void aCheckReadingAnUnreadableKindIsNotEvaluatedAsAWholeAndOthersRun() {
    Report report =
        scan(Map.of("Secret", "permission denied to list secrets", "RoleBinding", "denied too"));

    assertThat(report.findings()).extracting(Finding::check).containsExactly("bad-flag");
    assertThat(report.notEvaluated())
        .containsExactly(
            new NotEvaluated(
                "reads-secrets",
                null,
                "needs RoleBinding, Secret objects, which could not be read: denied too; permission"
                    + " denied to list secrets"));
  }

  @Test
  void aCheckOnAnUnreadableKindStillJudgesWhatWasReadAndSaysWhatItDidNot() {
    Report report = scan(Map.of("Pod", "permission denied to list pods"));

    assertThat(report.findings()).extracting(Finding::check).containsExactlyInAnyOrder("bad-flag", "reads-secrets");
    assertThat(report.notEvaluated())
        .containsExactly(
            new NotEvaluated("bad-flag", null, "Pod objects could not be read: permission denied to list pods"),
            new NotEvaluated(
                "reads-secrets", null, "Pod objects could not be read: permission denied to list pods"));
  }
}
