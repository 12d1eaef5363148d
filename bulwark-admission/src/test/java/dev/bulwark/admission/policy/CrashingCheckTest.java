package dev.bulwark.admission.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.namespaces.NamespaceManifests;
import dev.bulwark.admission.review.PolicyReviewHandler;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.engine.CheckRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A check that throws neither denies nor passes silently: it is reported not evaluated. */
class CrashingCheckTest {

  /** Always throws, as a buggy check would. */
  @CheckInfo(
      id = "always-crashes",
      summary = "Crashes on every object",
      severity = Severity.CRITICAL,
      category = Category.SECURITY_CONTEXT,
      remediation = "Fix the check")
  static final class AlwaysCrashes implements Check {
    @Override
    public List<Violation> check(Resource resource, CheckContext context) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void crashIsNotEvaluated() throws Exception {
    AdmissionConfig config =
        AdmissionConfig.parse(
            "c.yaml",
            """
            apiVersion: bulwark.dev/v1alpha1
            kind: AdmissionConfiguration
            policies:
              - {name: strict, mode: enforce, checks: [always-crashes]}
            """,
            CheckRegistry.of(List.of(new AlwaysCrashes())));
    PolicyReviewHandler handler =
        new PolicyReviewHandler(
            config, NamespaceManifests.of(Map.of("dev", Map.of())), ExistingPods.NONE);
    JsonNode r =
        handler
            .handle(Reviews.podReview("CREATE", "dev", "web", Reviews.PLAIN_SPEC))
            .get("response");
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.at("/auditAnnotations/bulwark-not-evaluated").stringValue())
        .isEqualTo("strict/always-crashes: internal error: java.lang.IllegalStateException: boom");
    assertThat(r.get("warnings").get(0).stringValue())
        .isEqualTo(
            "Bulwark policy \"strict\": check always-crashes not evaluated: internal error:"
                + " java.lang.IllegalStateException: boom");
  }
}
