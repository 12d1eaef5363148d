package dev.bulwark.admission.review;

import static dev.bulwark.admission.Reviews.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.config.AdmissionConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Namespace create and update: label validation and the existing-pods dry run, as upstream. */
class NamespaceReviewTest {
  private static final String ENFORCE = "pod-security.kubernetes.io/enforce";

  /** Pods served from memory, recording the namespace and deadline asked for. */
  static final class FakePods implements ExistingPods {
    final List<JsonNode> pods = new ArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    boolean fail;
    Instant lastDeadline;

    @Override
    public boolean available() {
      return true;
    }

    @Override
    public List<JsonNode> list(String namespace, Instant deadline) throws IOException {
      calls.incrementAndGet();
      lastDeadline = deadline;
      if (fail) {
        throw new IOException("connection refused");
      }
      return pods;
    }

    FakePods add(String name, String specJson, String controllerUid) {
      ObjectNode pod = Reviews.JSON.createObjectNode();
      ObjectNode metadata = pod.putObject("metadata").put("name", name);
      if (controllerUid != null) {
        metadata
            .putArray("ownerReferences")
            .addObject()
            .put("uid", controllerUid)
            .put("controller", true);
      }
      pod.set("spec", Reviews.parse(specJson));
      pods.add(pod);
      return this;
    }
  }

  private static ObjectNode namespaceUpdate(
      Map<String, String> oldLabels, Map<String, String> newLabels) {
    ObjectNode review = Reviews.sample("namespace-update-v1.json");
    ObjectNode request = request(review);
    labels((ObjectNode) request.at("/object/metadata"), newLabels);
    labels((ObjectNode) request.at("/oldObject/metadata"), oldLabels);
    return review;
  }

  private static void labels(ObjectNode metadata, Map<String, String> labels) {
    ObjectNode node = metadata.putObject("labels");
    labels.forEach(node::put);
  }

  private static JsonNode handle(ExistingPods pods, ObjectNode review) throws Exception {
    return new PolicyReviewHandler(
            AdmissionConfig.defaults(), PodSecurityReviewTest.NAMESPACES, pods)
        .handle(review)
        .get("response");
  }

  @Test
  void createWithInvalidLabelsIsInvalid() throws Exception {
    ObjectNode review =
        namespaceUpdate(
            Map.of(), Map.of(ENFORCE, "strict", "pod-security.kubernetes.io/warn-version", "1.22"));
    request(review).put("operation", "CREATE");
    request(review).remove("oldObject");
    JsonNode r = handle(ExistingPods.NONE, review);
    assertThat(r.get("allowed").booleanValue()).isFalse();
    assertThat(r.at("/status/code").intValue()).isEqualTo(422);
    assertThat(r.at("/status/reason").stringValue()).isEqualTo("Invalid");
    assertThat(r.at("/status/message").stringValue())
        .isEqualTo(
            "Namespace \"team-a\" is invalid: [metadata.labels[pod-security.kubernetes.io/enforce]:"
                + " Invalid value: \"strict\": must be one of privileged, baseline, restricted,"
                + " metadata.labels[pod-security.kubernetes.io/warn-version]: Invalid value:"
                + " \"1.22\": must be \"latest\" or \"v1.x\"]");
  }

  @Test
  void updateKeepingTheSameInvalidLabelsIsAllowed() throws Exception {
    Map<String, String> invalid = Map.of(ENFORCE, "strict");
    Map<String, String> invalidPlusOther = Map.of(ENFORCE, "strict", "team", "a");
    assertThat(
            handle(ExistingPods.NONE, namespaceUpdate(invalid, invalidPlusOther))
                .get("allowed")
                .booleanValue())
        .isTrue();
    JsonNode changed =
        handle(ExistingPods.NONE, namespaceUpdate(invalid, Map.of(ENFORCE, "stricter")));
    assertThat(changed.get("allowed").booleanValue()).isFalse();
    assertThat(changed.at("/status/message").stringValue()).contains("\"stricter\"");
  }

  @Test
  void tighteningWarnsAboutExistingPodsGroupedAsUpstream() throws Exception {
    FakePods pods =
        new FakePods()
            .add("web-2", Reviews.PLAIN_SPEC, "rs-1")
            .add("web-1", Reviews.PLAIN_SPEC, "rs-1")
            .add("db-0", Reviews.PLAIN_SPEC, "sts-1")
            .add("ok", Reviews.RESTRICTED_SPEC, null)
            .add("priv", Reviews.PRIVILEGED_SPEC, null);
    JsonNode r =
        handle(pods, namespaceUpdate(Map.of(ENFORCE, "baseline"), Map.of(ENFORCE, "restricted")));
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.get("warnings"))
        .extracting(JsonNode::stringValue)
        .containsExactly(
            "existing pods in namespace \"team-a\" violate the new PodSecurity enforce level"
                + " \"restricted:latest\"",
            "db-0 (and 2 other pods): allowPrivilegeEscalation != false, unrestricted capabilities,"
                + " runAsNonRoot != true, seccompProfile",
            "priv: privileged, allowPrivilegeEscalation != false, unrestricted capabilities,"
                + " runAsNonRoot != true, seccompProfile");
  }

  @Test
  void relaxingOrKeepingTheEnforceLevelChecksNothing() throws Exception {
    FakePods pods = new FakePods().add("priv", Reviews.PRIVILEGED_SPEC, null);
    handle(pods, namespaceUpdate(Map.of(ENFORCE, "restricted"), Map.of(ENFORCE, "baseline")));
    handle(
        pods, namespaceUpdate(Map.of(ENFORCE, "baseline"), Map.of(ENFORCE, "baseline", "x", "y")));
    handle(pods, namespaceUpdate(Map.of(ENFORCE, "restricted"), Map.of(ENFORCE, "privileged")));
    assertThat(pods.calls).hasValue(0);
    // A version change at the same level is a change upstream dry-runs.
    JsonNode r =
        handle(
            pods,
            namespaceUpdate(
                Map.of(ENFORCE, "baseline"),
                Map.of(
                    ENFORCE, "baseline", "pod-security.kubernetes.io/enforce-version", "v1.22")));
    assertThat(pods.calls).hasValue(1);
    assertThat(r.get("warnings").get(0).stringValue()).contains("\"baseline:v1.22\"");
  }

  @Test
  void listingFailureBecomesUpstreamsWarning() throws Exception {
    FakePods pods = new FakePods();
    pods.fail = true;
    JsonNode r = handle(pods, namespaceUpdate(Map.of(), Map.of(ENFORCE, "restricted")));
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.get("warnings"))
        .extracting(JsonNode::stringValue)
        .containsExactly("failed to list pods while checking new PodSecurity enforce level");
  }

  @Test
  void offlineThereIsNoDryRun() throws Exception {
    JsonNode r =
        handle(ExistingPods.NONE, namespaceUpdate(Map.of(), Map.of(ENFORCE, "restricted")));
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.has("warnings")).isFalse();
  }

  @Test
  void atMost3000PodsOnePerControllerFirst() throws Exception {
    FakePods pods = new FakePods();
    for (int i = 0; i < 3200; i++) {
      pods.add(String.format("a-%04d", i), Reviews.RESTRICTED_SPEC, "big-rs");
    }
    pods.add("z-priv", Reviews.PRIVILEGED_SPEC, "other-rs");
    JsonNode r = handle(pods, namespaceUpdate(Map.of(), Map.of(ENFORCE, "baseline")));
    assertThat(r.get("warnings"))
        .extracting(JsonNode::stringValue)
        .containsExactly(
            "new PodSecurity enforce level only checked against the first 3000 of 3201 existing"
                + " pods",
            "existing pods in namespace \"team-a\" violate the new PodSecurity enforce level"
                + " \"baseline:latest\"",
            "z-priv: privileged");
  }

  @Test
  void theDryRunStopsAtItsBudget() throws Exception {
    FakePods pods = new FakePods();
    for (int i = 0; i < 10; i++) {
      pods.add("p" + i, Reviews.PRIVILEGED_SPEC, null);
    }
    // A clock that advances 300 ms per reading: deadline 1300 ms, readings after pods at 600, 900,
    // 1200 and 1500 ms, so the fourth pod is the last checked.
    Clock stepping =
        new Clock() {
          long millis;

          @Override
          public Instant instant() {
            millis += 300;
            return Instant.ofEpochMilli(millis);
          }

          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
    JsonNode r =
        new PolicyReviewHandler(
                AdmissionConfig.defaults(), PodSecurityReviewTest.NAMESPACES, pods, stepping)
            .handle(namespaceUpdate(Map.of(), Map.of(ENFORCE, "baseline")))
            .get("response");
    assertThat(Duration.between(Instant.ofEpochMilli(300), pods.lastDeadline))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(r.get("warnings").get(0).stringValue())
        .isEqualTo(
            "new PodSecurity enforce level only checked against the first 4 of 10 existing pods");
    assertThat(r.get("warnings").get(2).stringValue())
        .isEqualTo("p0 (and 3 other pods): privileged");
  }

  @Test
  void exemptNamespaceGetsUpstreamsWarning() throws Exception {
    ObjectNode review =
        namespaceUpdate(
            Map.of(),
            Map.of(
                ENFORCE,
                "restricted",
                "pod-security.kubernetes.io/warn",
                "baseline",
                "pod-security.kubernetes.io/audit",
                "privileged"));
    request(review).put("namespace", "exempt-ns");
    ((ObjectNode) request(review).at("/object/metadata")).put("name", "exempt-ns");
    JsonNode r =
        new PolicyReviewHandler(
                PodSecurityReviewTest.exemptionsConfig(),
                PodSecurityReviewTest.NAMESPACES,
                new FakePods())
            .handle(review)
            .get("response");
    assertThat(r.get("warnings"))
        .extracting(JsonNode::stringValue)
        .containsExactly(
            "namespace \"exempt-ns\" is exempt from Pod Security, and the policy"
                + " (enforce=restricted:latest, warn=baseline:latest) will be ignored");
  }

  @Test
  void onlyNamespaceReviewsWithClusterAccessMayBlock() {
    PolicyReviewHandler withCluster =
        new PolicyReviewHandler(
            AdmissionConfig.defaults(), PodSecurityReviewTest.NAMESPACES, new FakePods());
    PolicyReviewHandler offline =
        new PolicyReviewHandler(
            AdmissionConfig.defaults(), PodSecurityReviewTest.NAMESPACES, ExistingPods.NONE);
    ObjectNode namespace = namespaceUpdate(Map.of(), Map.of(ENFORCE, "restricted"));
    ObjectNode pod = Reviews.podReview("CREATE", "team-a", "web", Reviews.PRIVILEGED_SPEC);

    assertThat(withCluster.mayBlock(namespace)).isTrue();
    assertThat(withCluster.mayBlock(pod)).isFalse();
    assertThat(withCluster.mayBlock(Reviews.parse("{\"kind\":\"AdmissionReview\"}"))).isFalse();
    assertThat(offline.mayBlock(namespace)).isFalse();
    assertThat(offline.mayBlock(pod)).isFalse();
  }
}
