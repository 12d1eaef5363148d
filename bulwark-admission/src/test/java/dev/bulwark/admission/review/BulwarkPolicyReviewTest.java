package dev.bulwark.admission.review;

import static dev.bulwark.admission.Reviews.podReview;
import static dev.bulwark.admission.Reviews.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.namespaces.NamespaceManifests;
import dev.bulwark.engine.CheckRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bulwark policy rules through the handler: selectors, modes, severities, not-evaluated checks. */
class BulwarkPolicyReviewTest {
  private static final CheckRegistry REGISTRY = CheckRegistry.discover();

  private static final NamespaceManifests NAMESPACES =
      NamespaceManifests.of(
          Map.of(
              "prod", Map.of("env", "prod", "team", "payments"),
              "dev", Map.of("env", "dev"),
              "legacy", Map.of("env", "prod", "legacy", "true"),
              "psa-restricted",
                  Map.of("env", "prod", "pod-security.kubernetes.io/enforce", "restricted")));

  private static final String CONFIG =
      """
      apiVersion: bulwark.dev/v1alpha1
      kind: AdmissionConfiguration
      policies:
        - name: no-privileged
          mode: enforce
          checks: [privileged-container]
          namespaceSelector:
            matchLabels: {env: prod}
            matchExpressions:
              - {key: legacy, operator: DoesNotExist}
        - name: images
          mode: warn
          checks: [latest-tag, missing-reference, untrusted-registry]
          parameters:
            untrusted-registry: {allowedRegistries: [registry.example.com]}
        - name: requests
          mode: audit
          checks: [no-cpu-request, image-not-pinned]
          minSeverity: low
          namespaceSelector:
            matchExpressions:
              - {key: env, operator: In, values: [prod, dev]}
        - name: high-only
          mode: enforce
          checks: [no-cpu-request]
          minSeverity: high
      """;

  private final PolicyReviewHandler handler;

  BulwarkPolicyReviewTest() throws Exception {
    handler =
        new PolicyReviewHandler(
            AdmissionConfig.parse("policy.yaml", CONFIG, REGISTRY), NAMESPACES, ExistingPods.NONE);
  }

  private static final String PRIVILEGED_LATEST =
      "{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:latest\",\"securityContext\":{\"privileged\":true}}]}";

  private JsonNode response(ObjectNode review) throws Exception {
    return handler.handle(review).get("response");
  }

  @Test
  void enforceRuleDeniesInSelectedNamespaces() throws Exception {
    JsonNode r = response(podReview("CREATE", "prod", "web", PRIVILEGED_LATEST));
    assertThat(r.get("allowed").booleanValue()).isFalse();
    assertThat(r.at("/status/code").intValue()).isEqualTo(403);
    assertThat(r.at("/status/message").stringValue())
        .startsWith(
            "pods \"web\" is forbidden: violates Bulwark policy \"no-privileged\":"
                + " privileged-container: ");
  }

  @Test
  void selectorsDecideWhereRulesApply() throws Exception {
    assertThat(
            response(podReview("CREATE", "dev", "web", PRIVILEGED_LATEST))
                .get("allowed")
                .booleanValue())
        .as("matchLabels env=prod does not match dev")
        .isTrue();
    assertThat(
            response(podReview("CREATE", "legacy", "web", PRIVILEGED_LATEST))
                .get("allowed")
                .booleanValue())
        .as("DoesNotExist legacy excludes the legacy namespace")
        .isTrue();
  }

  @Test
  void warnModeWarnsPerViolationAndCrossObjectChecksAreNotEvaluated() throws Exception {
    JsonNode r = response(podReview("CREATE", "dev", "web", PRIVILEGED_LATEST));
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.get("warnings"))
        .extracting(JsonNode::stringValue)
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith(
                        "Bulwark policy \"images\": check missing-reference not evaluated: "))
        .anySatisfy(
            w -> assertThat(w).startsWith("would violate Bulwark policy \"images\": latest-tag: "))
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith("would violate Bulwark policy \"images\": untrusted-registry: "));
    assertThat(r.at("/auditAnnotations/bulwark-not-evaluated").stringValue())
        .isEqualTo(
            "images/missing-reference: it needs other objects of the cluster (cross-object check)");
  }

  @Test
  void auditModeAnnotatesAndSeverityThresholdsFilter() throws Exception {
    JsonNode r = response(podReview("CREATE", "dev", "web", Reviews.PLAIN_SPEC));
    assertThat(r.get("allowed").booleanValue())
        .as("no-cpu-request is low, under high-only's threshold")
        .isTrue();
    String audit = r.at("/auditAnnotations/bulwark-audit-violations").stringValue();
    assertThat(audit).startsWith("would violate Bulwark policy \"requests\": ");
    assertThat(audit).contains("no-cpu-request: ").contains("image-not-pinned: ");
  }

  @Test
  void checkThatCannotDecideIsNotEvaluatedNeverDenied() throws Exception {
    String config =
        """
        apiVersion: bulwark.dev/v1alpha1
        kind: AdmissionConfiguration
        policies:
          - name: registries
            mode: enforce
            checks: [untrusted-registry, missing-reference]
        """;
    PolicyReviewHandler h =
        new PolicyReviewHandler(
            AdmissionConfig.parse("c.yaml", config, REGISTRY), NAMESPACES, ExistingPods.NONE);
    JsonNode r = h.handle(podReview("CREATE", "dev", "web", PRIVILEGED_LATEST)).get("response");
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.at("/auditAnnotations/bulwark-not-evaluated").stringValue())
        .isEqualTo(
            "registries/untrusted-registry: no allowedRegistries configured;"
                + " registries/missing-reference: it needs other objects of the cluster"
                + " (cross-object check)");
    assertThat(r.get("warnings")).hasSize(2);
  }

  @Test
  void bothDenialsKeepUpstreamsMessageFirst() throws Exception {
    JsonNode r = response(podReview("CREATE", "psa-restricted", "web", PRIVILEGED_LATEST));
    String message = r.at("/status/message").stringValue();
    assertThat(message)
        .startsWith(
            "pods \"web\" is forbidden: violates PodSecurity \"restricted:latest\": privileged");
    assertThat(message)
        .contains("; violates Bulwark policy \"no-privileged\": privileged-container: ");
  }

  @Test
  void controllersAreDeniedByEnforceRules() throws Exception {
    ObjectNode review = Reviews.sample("deployment-create-v1beta1.json");
    request(review).put("namespace", "prod");
    JsonNode r = response(review);
    assertThat(r.get("allowed").booleanValue()).isFalse();
    assertThat(r.at("/status/message").stringValue())
        .startsWith(
            "deployments.apps \"web\" is forbidden: violates Bulwark policy \"no-privileged\"");
    assertThat(r.at("/status/details/group").stringValue()).isEqualTo("apps");
  }

  @Test
  void unknownNamespaceLeavesSelectorRulesNotEvaluated() throws Exception {
    JsonNode r = response(podReview("CREATE", "ghost", "web", PRIVILEGED_LATEST));
    // Pod Security denies the pod (it cannot look the namespace up); policy notes what it skipped.
    assertThat(r.at("/auditAnnotations/bulwark-not-evaluated").stringValue())
        .contains("no-privileged: namespace \"ghost\" is not known yet");
  }

  @Test
  void updatesThatChangeOnlyBookkeepingAreNotReEvaluated() throws Exception {
    ObjectNode review = Reviews.sample("deployment-create-v1beta1.json");
    request(review).put("namespace", "prod");
    ObjectNode old = (ObjectNode) request(review).get("object").deepCopy();
    ObjectNode metadata = (ObjectNode) request(review).at("/object/metadata");
    metadata.put("resourceVersion", "42").putArray("finalizers").add("example.com/cleanup");
    ((ObjectNode) request(review).get("object")).putObject("status").put("replicas", 2);
    Reviews.withOldObject(review, old);
    assertThat(response(review).get("allowed").booleanValue()).isTrue();

    metadata.putObject("labels").put("tier", "web");
    assertThat(response(review).get("allowed").booleanValue())
        .as("a label change is re-judged")
        .isFalse();

    request(review).put("subResource", "scale");
    assertThat(response(review).get("allowed").booleanValue())
        .as("subresources are skipped")
        .isTrue();
  }

  @Test
  void podSecurityCanBeSwitchedOff() throws Exception {
    String config =
        """
        apiVersion: bulwark.dev/v1alpha1
        kind: AdmissionConfiguration
        podSecurity:
          enabled: false
        """;
    PolicyReviewHandler h =
        new PolicyReviewHandler(
            AdmissionConfig.parse("c.yaml", config, REGISTRY), NAMESPACES, ExistingPods.NONE);
    JsonNode r =
        h.handle(podReview("CREATE", "psa-restricted", "web", PRIVILEGED_LATEST)).get("response");
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.has("auditAnnotations")).isFalse();
  }
}
