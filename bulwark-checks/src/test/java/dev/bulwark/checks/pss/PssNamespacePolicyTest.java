package dev.bulwark.checks.pss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Namespace labels resolved as upstream's PolicyToEvaluate resolves them. */
class PssNamespacePolicyTest {
  private static final PssNamespacePolicy DEFAULTS = PssNamespacePolicy.DEFAULTS;

  @Test
  void noLabelsMeansTheDefaults() {
    assertThat(DEFAULTS.resolve(Map.of())).isSameAs(DEFAULTS);
    assertThat(DEFAULTS.resolve(Map.of("team", "a")).enforce()).hasToString("privileged:latest");
    assertThat(DEFAULTS.fullyPrivileged()).isTrue();
  }

  @Test
  void labelsSetLevelsAndVersionsIndependently() {
    PssNamespacePolicy p =
        DEFAULTS.resolve(
            Map.of(
                "pod-security.kubernetes.io/enforce", "baseline",
                "pod-security.kubernetes.io/enforce-version", "v1.29",
                "pod-security.kubernetes.io/audit-version", "v1.30",
                "pod-security.kubernetes.io/warn", "restricted"));
    assertThat(p.enforce()).hasToString("baseline:v1.29");
    assertThat(p.audit()).hasToString("privileged:v1.30");
    assertThat(p.warn()).hasToString("restricted:latest");
    assertThat(p.labelErrors()).isEmpty();
  }

  @Test
  void warnFollowsAStricterValidEnforceUnlessLabelled() {
    assertThat(
            DEFAULTS
                .resolve(
                    Map.of(
                        "pod-security.kubernetes.io/enforce", "restricted",
                        "pod-security.kubernetes.io/enforce-version", "v1.25"))
                .warn())
        .hasToString("restricted:v1.25");
    assertThat(
            DEFAULTS
                .resolve(
                    Map.of(
                        "pod-security.kubernetes.io/enforce", "restricted",
                        "pod-security.kubernetes.io/enforce-version", "v1.25",
                        "pod-security.kubernetes.io/warn-version", "v1.20"))
                .warn())
        .hasToString("restricted:v1.20");
    assertThat(
            DEFAULTS
                .resolve(
                    Map.of(
                        "pod-security.kubernetes.io/enforce", "baseline",
                        "pod-security.kubernetes.io/warn", "privileged"))
                .warn())
        .hasToString("privileged:latest");
  }

  @Test
  void invalidLabelsFailClosedForEnforceOpenForTheOthers() {
    PssNamespacePolicy p =
        DEFAULTS.resolve(
            Map.of(
                "pod-security.kubernetes.io/enforce", "Restricted",
                "pod-security.kubernetes.io/enforce-version", "1.25",
                "pod-security.kubernetes.io/audit", "strict",
                "pod-security.kubernetes.io/warn", "nope"));
    assertThat(p.enforce()).hasToString("restricted:latest");
    assertThat(p.audit()).hasToString("privileged:latest");
    assertThat(p.warn()).hasToString("privileged:latest");
    assertThat(p.labelErrors())
        .containsExactly(
            "metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: \"Restricted\":"
                + " must be one of privileged, baseline, restricted",
            "metadata.labels[pod-security.kubernetes.io/enforce-version]: Invalid value: \"1.25\":"
                + " must be \"latest\" or \"v1.x\"",
            "metadata.labels[pod-security.kubernetes.io/audit]: Invalid value: \"strict\":"
                + " must be one of privileged, baseline, restricted",
            "metadata.labels[pod-security.kubernetes.io/warn]: Invalid value: \"nope\":"
                + " must be one of privileged, baseline, restricted");
  }

  @Test
  void anInvalidEnforceLevelDoesNotPullWarnAlong() {
    PssNamespacePolicy p = DEFAULTS.resolve(Map.of("pod-security.kubernetes.io/enforce", "bogus"));
    assertThat(p.enforce().level()).isEqualTo(PssLevel.RESTRICTED);
    assertThat(p.warn().level()).isEqualTo(PssLevel.PRIVILEGED);
  }

  @Test
  void configuredDefaultsApplyToMissingLabels() {
    PssNamespacePolicy defaults =
        new PssNamespacePolicy(
            PssPolicy.parse("baseline", "v1.30"),
            PssPolicy.parse("restricted", "latest"),
            PssPolicy.parse("restricted", "latest"),
            java.util.List.of());
    PssNamespacePolicy p =
        defaults.resolve(Map.of("pod-security.kubernetes.io/enforce-version", "v1.31"));
    assertThat(p.enforce()).hasToString("baseline:v1.31");
    assertThat(p.warn()).hasToString("restricted:latest");
  }
}
