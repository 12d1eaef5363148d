package dev.bulwark.engine;

import static dev.bulwark.engine.TestResources.inventory;
import static dev.bulwark.engine.TestResources.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Finding;
import dev.bulwark.api.Report;
import dev.bulwark.api.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final CheckRegistry REGISTRY =
      CheckRegistry.of(
          List.of(
              new SampleChecks.BadFlag(),
              new SampleChecks.AlwaysThrows(),
              new SampleChecks.NeedsCluster(),
              new SampleChecks.CountsPods()));

  private static Report scan(EngineConfig config, ScanInput input) {
    return new Engine(REGISTRY, config, CLOCK, "test").scan(input);
  }

  private static ScanInput manifests(dev.bulwark.api.Resource... rs) {
    return ScanInput.ofManifests(inventory(rs), List.of(), rs.length);
  }

  @Test
  void findingCarriesMetadataLocationAndParameterDefault() {
    Report report = scan(EngineConfig.DEFAULT, manifests(pod("ns", "a", true, "{}")));
    Finding f = report.findings().stream().filter(x -> x.check().equals("bad-flag")).findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.message()).isEqualTo("spec is bad");
    assertThat(f.pointer().toString()).isEqualTo("/spec/bad");
    assertThat(f.location().line()).isEqualTo(3);
    assertThat(f.location().column()).isEqualTo(3);
    assertThat(f.frameworks()).extracting(Object::toString).containsExactly("CIS:5.2.2");
    assertThat(f.suppressed()).isFalse();
  }

  @Test
  void aThrowingCheckBecomesAnInternalErrorFindingAndOthersStillRun() {
    Report report = scan(EngineConfig.DEFAULT, manifests(pod("ns", "a", true, "{}")));
    assertThat(report.findings()).extracting(Finding::check).contains("internal-error", "bad-flag");
    Finding crash = report.findings().stream().filter(f -> f.check().equals("internal-error")).findFirst().orElseThrow();
    assertThat(crash.message()).contains("always-throws").contains("IllegalStateException").contains("boom on a");
    assertThat(report.checks()).extracting(c -> c.id()).contains("internal-error");
  }

  @Test
  void missingInputsAreNotEvaluatedNeverPassed() {
    Report report = scan(EngineConfig.DEFAULT, manifests(pod("ns", "a", false, "{}")));
    assertThat(report.notEvaluated()).anySatisfy(n -> {
      assertThat(n.check()).isEqualTo("needs-cluster");
      assertThat(n.object().name()).isEqualTo("a");
      assertThat(n.reason()).isEqualTo("no cluster state");
    });
  }

  @Test
  void inventoryChecksAreNotEvaluatedWhenTheInventoryIsUnavailable() {
    ScanInput alone = new ScanInput(inventory(pod("ns", "a", false, "{}")), List.of(), 0, false, false);
    Report report = scan(EngineConfig.DEFAULT, alone);
    assertThat(report.notEvaluated()).anySatisfy(n -> {
      assertThat(n.check()).isEqualTo("counts-pods");
      assertThat(n.object()).isNull();
    });
  }

  @Test
  void inventoryChecksSeeTheOtherObjects() {
    Report report = scan(EngineConfig.DEFAULT, manifests(pod("ns", "a", false, "{}"), pod("other", "a", false, "{}")));
    assertThat(report.findings()).filteredOn(f -> f.check().equals("counts-pods")).hasSize(2);
  }

  @Test
  void annotationWithReasonSuppressesAndKeepsTheFinding() {
    Report report =
        scan(EngineConfig.DEFAULT, manifests(pod("ns", "a", true, "{\"ignore-check.bulwark.dev/bad-flag\":\"lab only\"}")));
    Finding f = report.findings().stream().filter(x -> x.check().equals("bad-flag")).findFirst().orElseThrow();
    assertThat(f.suppressed()).isTrue();
    assertThat(f.suppression().reason()).isEqualTo("lab only");
    assertThat(f.suppression().source()).isEqualTo("annotation");
    assertThat(report.findings())
        .filteredOn(x -> !x.check().equals("internal-error"))
        .allMatch(Finding::suppressed);
  }

  @Test
  void annotationWithEmptyReasonDoesNotSuppressAndIsAConfigError() {
    Report report =
        scan(EngineConfig.DEFAULT, manifests(pod("ns", "a", true, "{\"ignore-check.bulwark.dev/bad-flag\":\" \"}")));
    assertThat(report.findings()).filteredOn(f -> f.check().equals("bad-flag")).allMatch(f -> !f.suppressed());
    assertThat(report.diagnostics()).anySatisfy(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.message()).contains("empty reason");
    });
    assertThat(report.exitCode(Severity.HIGH)).isEqualTo(2);
  }

  @Test
  void annotationNamingAnUnknownCheckIsAWarning() {
    Report report =
        scan(EngineConfig.DEFAULT, manifests(pod("ns", "a", false, "{\"ignore-check.bulwark.dev/no-such\":\"x\"}")));
    assertThat(report.diagnostics()).anySatisfy(d -> {
      assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING);
      assertThat(d.message()).contains("unknown check");
    });
  }

  @Test
  void disabledChecksDoNotRunAndOverridesChangeSeverity() {
    EngineConfig config =
        new EngineConfig(Set.of(), Set.of("always-throws"), Map.of("bad-flag", Severity.LOW), Map.of(), List.of());
    Report report = scan(config, manifests(pod("ns", "a", true, "{}")));
    assertThat(report.findings()).extracting(Finding::check).doesNotContain("internal-error");
    assertThat(report.findings()).filteredOn(f -> f.check().equals("bad-flag")).extracting(Finding::severity).containsOnly(Severity.LOW);
    assertThat(report.check("bad-flag").orElseThrow().severity()).isEqualTo(Severity.LOW);
    assertThat(report.exitCode(Severity.HIGH)).isZero();
    assertThat(report.exitCode(Severity.LOW)).isEqualTo(1);
  }

  @Test
  void parametersFromConfigReachTheCheck() {
    EngineConfig config =
        new EngineConfig(Set.of("bad-flag"), Set.of(), Map.of(), Map.of("bad-flag", Map.of("word", "awful")), List.of());
    Report report = scan(config, manifests(pod("ns", "a", true, "{}")));
    assertThat(report.findings()).extracting(Finding::message).containsExactly("spec is awful");
    assertThat(report.checks()).extracting(c -> c.id()).containsExactly("bad-flag");
  }

  @Test
  void exemptionsSuppressUntilTheyExpire() {
    Exemption live = exemption(LocalDate.parse("2026-06-01"));
    Exemption expired = exemption(LocalDate.parse("2026-05-31"));
    Report liveReport = scan(config(live), manifests(pod("kube-system", "calico-node", true, "{}")));
    assertThat(findingsOf(liveReport, "bad-flag")).allMatch(Finding::suppressed).hasSize(1);
    assertThat(findingsOf(liveReport, "bad-flag").get(0).suppression().source()).isEqualTo("config");

    Report expiredReport = scan(config(expired), manifests(pod("kube-system", "calico-node", true, "{}"), pod("kube-system", "calico-x", true, "{}")));
    assertThat(findingsOf(expiredReport, "bad-flag")).noneMatch(Finding::suppressed);
    assertThat(expiredReport.diagnostics()).filteredOn(d -> d.message().contains("expired on 2026-05-31")).hasSize(1);
  }

  @Test
  void exemptionCriteriaMustAllMatch() {
    Exemption e = exemption(null);
    Report report = scan(config(e), manifests(pod("default", "calico-node", true, "{}"), pod("kube-system", "other", true, "{}")));
    assertThat(findingsOf(report, "bad-flag")).noneMatch(Finding::suppressed).hasSize(2);
  }

  @Test
  void outputOrderDoesNotDependOnInputOrder() {
    var a = pod("ns", "a", true, "{}");
    var b = pod("ns", "b", true, "{}");
    var c = pod(null, "c", true, "{}");
    assertThat(scan(EngineConfig.DEFAULT, manifests(a, b, c)).findings())
        .isEqualTo(scan(EngineConfig.DEFAULT, manifests(c, b, a)).findings());
  }

  @Test
  void duplicateCheckIdsAreRejected() {
    assertThatThrownBy(() -> CheckRegistry.of(List.of(new SampleChecks.BadFlag(), new SampleChecks.BadFlag())))
        .hasMessageContaining("bad-flag");
  }

  private static List<Finding> findingsOf(Report r, String check) {
    return r.findings().stream().filter(f -> f.check().equals(check)).toList();
  }

  private static EngineConfig config(Exemption e) {
    return new EngineConfig(Set.of(), Set.of(), Map.of(), Map.of(), List.of(e));
  }

  private static Exemption exemption(LocalDate expires) {
    return new Exemption(
        List.of("bad-flag"), List.of("kube-system"), List.of("calico-*"), List.of("Pod"),
        Map.of("app", "calico-node"), "CNI needs the host", expires,
        dev.bulwark.api.Location.ofFile(".bulwark.yaml"));
  }
}
