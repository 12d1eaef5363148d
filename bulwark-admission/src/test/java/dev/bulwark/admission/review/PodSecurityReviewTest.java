package dev.bulwark.admission.review;

import static dev.bulwark.admission.Reviews.PLAIN_RESTRICTED_DETAIL;
import static dev.bulwark.admission.Reviews.PLAIN_SPEC;
import static dev.bulwark.admission.Reviews.PRIVILEGED_SPEC;
import static dev.bulwark.admission.Reviews.RESTRICTED_SPEC;
import static dev.bulwark.admission.Reviews.podReview;
import static dev.bulwark.admission.Reviews.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.config.AdmissionConfigException;
import dev.bulwark.admission.namespaces.NamespaceManifests;
import dev.bulwark.engine.CheckRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pod Security admission through the whole handler: every decision path, upstream's exact texts.
 */
class PodSecurityReviewTest {
  private static final String ENFORCE = "pod-security.kubernetes.io/enforce";

  static final NamespaceManifests NAMESPACES =
      NamespaceManifests.of(
          Map.of(
              "restricted-ns", Map.of(ENFORCE, "restricted"),
              "baseline-ns",
                  Map.of(
                      ENFORCE,
                      "baseline",
                      "pod-security.kubernetes.io/warn",
                      "restricted",
                      "pod-security.kubernetes.io/audit",
                      "restricted"),
              "old-ns",
                  Map.of(
                      ENFORCE, "baseline", "pod-security.kubernetes.io/enforce-version", "v1.22"),
              "privileged-ns", Map.of(),
              "invalid-ns", Map.of(ENFORCE, "bogus"),
              "exempt-ns", Map.of(ENFORCE, "restricted")));

  static AdmissionConfig exemptionsConfig() {
    try {
      return AdmissionConfig.parse(
          "admission.yaml",
          """
          apiVersion: bulwark.dev/v1alpha1
          kind: AdmissionConfiguration
          podSecurity:
            exemptions:
              usernames: [ci-bot]
              runtimeClasses: [kata]
              namespaces: [exempt-ns]
          """,
          CheckRegistry.of(List.of()));
    } catch (AdmissionConfigException e) {
      throw new AssertionError(e);
    }
  }

  private final PolicyReviewHandler handler =
      new PolicyReviewHandler(exemptionsConfig(), NAMESPACES, ExistingPods.NONE);

  private JsonNode response(ObjectNode review) throws Exception {
    ObjectNode out = handler.handle(review);
    assertThat(out.get("kind").stringValue()).isEqualTo("AdmissionReview");
    assertThat(out.get("apiVersion").stringValue())
        .isEqualTo(review.get("apiVersion").stringValue());
    assertThat(out.at("/response/uid").stringValue())
        .isEqualTo(request(review).get("uid").stringValue());
    return out.get("response");
  }

  @Test
  void restrictedNamespaceDeniesWithUpstreamMessage() throws Exception {
    JsonNode r = response(podReview("CREATE", "restricted-ns", "web", PLAIN_SPEC));
    assertThat(r.get("allowed").booleanValue()).isFalse();
    assertThat(r.at("/status/code").intValue()).isEqualTo(403);
    assertThat(r.at("/status/reason").stringValue()).isEqualTo("Forbidden");
    assertThat(r.at("/status/message").stringValue())
        .isEqualTo(
            "pods \"web\" is forbidden: violates PodSecurity \"restricted:latest\": "
                + PLAIN_RESTRICTED_DETAIL);
    assertThat(r.at("/status/details/kind").stringValue()).isEqualTo("pods");
    assertThat(r.at("/status/details/name").stringValue()).isEqualTo("web");
    assertThat(r.get("auditAnnotations").properties())
        .extracting(Map.Entry::getKey)
        .containsExactly("enforce-policy");
    assertThat(r.at("/auditAnnotations/enforce-policy").stringValue())
        .isEqualTo("restricted:latest");
    assertThat(r.has("warnings")).as("upstream adds no warnings to a denied request").isFalse();
  }

  @Test
  void unnamedRequestsAreWordedAsApimachineryDoes() throws Exception {
    ObjectNode review = podReview("CREATE", "restricted-ns", "", PLAIN_SPEC);
    ((ObjectNode) request(review).at("/object/metadata")).remove("name");
    ((ObjectNode) request(review).at("/object/metadata")).put("generateName", "web-");
    JsonNode r = response(review);
    assertThat(r.at("/status/message").stringValue())
        .isEqualTo(
            "pods is forbidden: violates PodSecurity \"restricted:latest\": "
                + PLAIN_RESTRICTED_DETAIL);
    assertThat(r.at("/status/details").has("name")).isFalse();
  }

  @Test
  void compliantPodIsAllowedAndRecordsThePolicy() throws Exception {
    JsonNode r = response(podReview("CREATE", "restricted-ns", "web", RESTRICTED_SPEC));
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.has("status")).isFalse();
    assertThat(r.has("warnings")).isFalse();
    assertThat(r.at("/auditAnnotations/enforce-policy").stringValue())
        .isEqualTo("restricted:latest");
  }

  @Test
  void warnAndAuditModes() throws Exception {
    JsonNode r = response(podReview("CREATE", "baseline-ns", "web", PLAIN_SPEC));
    String wouldViolate =
        "would violate PodSecurity \"restricted:latest\": " + PLAIN_RESTRICTED_DETAIL;
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.get("warnings")).hasSize(1);
    assertThat(r.get("warnings").get(0).stringValue()).isEqualTo(wouldViolate);
    assertThat(r.at("/auditAnnotations/audit-violations").stringValue()).isEqualTo(wouldViolate);
    assertThat(r.at("/auditAnnotations/enforce-policy").stringValue()).isEqualTo("baseline:latest");
  }

  @Test
  void baselineDenialStillAudits() throws Exception {
    JsonNode r = response(podReview("CREATE", "baseline-ns", "priv", PRIVILEGED_SPEC));
    assertThat(r.get("allowed").booleanValue()).isFalse();
    assertThat(r.at("/status/message").stringValue())
        .isEqualTo(
            "pods \"priv\" is forbidden: violates PodSecurity \"baseline:latest\": privileged"
                + " (container \"app\" must not set securityContext.privileged=true)");
    assertThat(r.at("/auditAnnotations/audit-violations").stringValue())
        .startsWith(
            "would violate PodSecurity \"restricted:latest\": privileged (container \"app\"");
    assertThat(r.has("warnings")).isFalse();
  }

  @Test
  void versionedPolicyIsQuotedAsWritten() throws Exception {
    JsonNode r = response(podReview("CREATE", "old-ns", "priv", PRIVILEGED_SPEC));
    assertThat(r.at("/status/message").stringValue())
        .startsWith(
            "pods \"priv\" is forbidden: violates PodSecurity \"baseline:v1.22\": privileged");
    assertThat(r.at("/auditAnnotations/enforce-policy").stringValue()).isEqualTo("baseline:v1.22");
  }

  @Test
  void privilegedNamespaceShortCircuits() throws Exception {
    JsonNode r = response(podReview("CREATE", "privileged-ns", "priv", PRIVILEGED_SPEC));
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.get("auditAnnotations").properties()).hasSize(1);
    assertThat(r.at("/auditAnnotations/enforce-policy").stringValue())
        .isEqualTo("privileged:latest");
  }

  @Test
  void exemptNamespaceUserAndRuntimeClass() throws Exception {
    JsonNode byNamespace = response(podReview("CREATE", "exempt-ns", "web", PRIVILEGED_SPEC));
    assertThat(byNamespace.get("allowed").booleanValue()).isTrue();
    assertThat(byNamespace.get("auditAnnotations").properties()).hasSize(1);
    assertThat(byNamespace.at("/auditAnnotations/exempt").stringValue()).isEqualTo("namespace");

    ObjectNode userReview = podReview("CREATE", "restricted-ns", "web", PRIVILEGED_SPEC);
    ((ObjectNode) request(userReview).get("userInfo")).put("username", "ci-bot");
    JsonNode byUser = response(userReview);
    assertThat(byUser.get("allowed").booleanValue()).isTrue();
    assertThat(byUser.at("/auditAnnotations/exempt").stringValue()).isEqualTo("user");

    String kata =
        "{\"runtimeClassName\":\"kata\",\"containers\":[{\"name\":\"app\",\"image\":\"x\","
            + "\"securityContext\":{\"privileged\":true}}]}";
    JsonNode byRuntimeClass = response(podReview("CREATE", "restricted-ns", "web", kata));
    assertThat(byRuntimeClass.get("allowed").booleanValue()).isTrue();
    assertThat(byRuntimeClass.get("auditAnnotations").properties()).hasSize(1);
    assertThat(byRuntimeClass.at("/auditAnnotations/exempt").stringValue())
        .isEqualTo("runtimeClass");

    String otherClass = kata.replace("kata", "gvisor");
    assertThat(
            response(podReview("CREATE", "restricted-ns", "web", otherClass))
                .get("allowed")
                .booleanValue())
        .isFalse();
  }

  @Test
  void invalidEnforceLabelFailsClosedAndRecordsTheError() throws Exception {
    JsonNode r = response(podReview("CREATE", "invalid-ns", "web", PLAIN_SPEC));
    assertThat(r.get("allowed").booleanValue()).isFalse();
    assertThat(r.at("/status/message").stringValue())
        .isEqualTo(
            "pods \"web\" is forbidden: violates PodSecurity \"restricted:latest\": "
                + PLAIN_RESTRICTED_DETAIL);
    assertThat(r.at("/auditAnnotations/error").stringValue())
        .isEqualTo(
            "Failed to parse policy: metadata.labels[pod-security.kubernetes.io/enforce]: Invalid"
                + " value: \"bogus\": must be one of privileged, baseline, restricted");
  }

  @Test
  void controllersAreWarnedAndAuditedButNeverDenied() throws Exception {
    ObjectNode review = Reviews.sample("deployment-create-v1beta1.json");
    request(review).put("namespace", "restricted-ns");
    JsonNode r = response(review);
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.get("warnings")).hasSize(1);
    assertThat(r.get("warnings").get(0).stringValue())
        .startsWith(
            "would violate PodSecurity \"restricted:latest\": privileged (container \"app\" must"
                + " not set securityContext.privileged=true), allowPrivilegeEscalation != false");
    assertThat(r.has("auditAnnotations")).as("no enforce-policy for controllers").isFalse();
  }

  @Test
  void everyControllerKindIsEvaluated() throws Exception {
    String template = "{\"metadata\":{},\"spec\":" + PRIVILEGED_SPEC + "}";
    Map<String, String[]> kinds =
        Map.of(
            "Deployment", new String[] {"apps", "deployments", "{\"template\":" + template + "}"},
            "DaemonSet", new String[] {"apps", "daemonsets", "{\"template\":" + template + "}"},
            "StatefulSet", new String[] {"apps", "statefulsets", "{\"template\":" + template + "}"},
            "ReplicaSet", new String[] {"apps", "replicasets", "{\"template\":" + template + "}"},
            "ReplicationController",
                new String[] {"", "replicationcontrollers", "{\"template\":" + template + "}"},
            "Job", new String[] {"batch", "jobs", "{\"template\":" + template + "}"},
            "CronJob",
                new String[] {
                  "batch",
                  "cronjobs",
                  "{\"jobTemplate\":{\"spec\":{\"template\":" + template + "}}}"
                });
    for (Map.Entry<String, String[]> k : kinds.entrySet()) {
      JsonNode r =
          response(
              controllerReview(
                  k.getKey(), k.getValue()[0], k.getValue()[1], "spec", k.getValue()[2]));
      assertThat(r.get("allowed").booleanValue()).as(k.getKey()).isTrue();
      assertThat(r.get("warnings")).as(k.getKey()).hasSize(1);
    }
    JsonNode podTemplate =
        response(controllerReview("PodTemplate", "", "podtemplates", "template", template));
    assertThat(podTemplate.get("warnings")).hasSize(1);
  }

  static ObjectNode controllerReview(
      String kind, String group, String resource, String field, String body) {
    ObjectNode review = Reviews.sample("deployment-create-v1beta1.json");
    ObjectNode request = request(review);
    request.put("namespace", "restricted-ns");
    ((ObjectNode) request.get("kind")).put("group", group).put("kind", kind);
    ((ObjectNode) request.get("resource")).put("group", group).put("resource", resource);
    ObjectNode object = (ObjectNode) request.get("object");
    object.put("kind", kind);
    object.remove("spec");
    object.set(field, Reviews.parse(body));
    return review;
  }

  @Test
  void ignoredSubresourcesAndEvaluatedEphemeralContainers() throws Exception {
    for (String sub :
        List.of("status", "binding", "eviction", "exec", "attach", "log", "portforward", "proxy")) {
      ObjectNode review = podReview("UPDATE", "restricted-ns", "web", PRIVILEGED_SPEC);
      request(review).put("subResource", sub);
      request(review).set("oldObject", request(review).get("object").deepCopy());
      JsonNode r = response(review);
      assertThat(r.get("allowed").booleanValue()).as(sub).isTrue();
      assertThat(r.has("auditAnnotations")).as(sub).isFalse();
    }
    ObjectNode ephemeral = podReview("UPDATE", "restricted-ns", "web", RESTRICTED_SPEC);
    ObjectNode old = (ObjectNode) request(ephemeral).get("object").deepCopy();
    request(ephemeral).put("subResource", "ephemeralcontainers");
    request(ephemeral).set("oldObject", old);
    ((ObjectNode) request(ephemeral).at("/object/spec"))
        .set("ephemeralContainers", Reviews.parse("[{\"name\":\"debug\",\"image\":\"busybox\"}]"));
    JsonNode r = response(ephemeral);
    assertThat(r.get("allowed").booleanValue()).isFalse();
    assertThat(r.at("/status/message").stringValue()).contains("container \"debug\"");
  }

  @Test
  void updatesThatChangeNoImageAreNotEvaluated() throws Exception {
    ObjectNode review = podReview("UPDATE", "restricted-ns", "web", PLAIN_SPEC);
    ObjectNode old = (ObjectNode) request(review).get("object").deepCopy();
    ((ObjectNode) request(review).at("/object/metadata")).putObject("labels").put("tier", "front");
    ((ObjectNode) request(review).at("/object/metadata"))
        .putObject("annotations")
        .put("seccomp.security.alpha.kubernetes.io/pod", "unconfined");
    request(review).set("oldObject", old);
    JsonNode unchanged = response(review);
    assertThat(unchanged.get("allowed").booleanValue()).isTrue();
    assertThat(unchanged.has("auditAnnotations")).isFalse();

    ((ObjectNode) request(review).at("/object/spec/containers/0")).put("image", "nginx:1.28");
    JsonNode newImage = response(review);
    assertThat(newImage.get("allowed").booleanValue()).isFalse();
  }

  @Test
  void dryRunIsEvaluatedLikeAnyOtherRequest() throws Exception {
    ObjectNode review = podReview("CREATE", "restricted-ns", "web", PLAIN_SPEC);
    JsonNode real = response(review);
    request(review).put("dryRun", true);
    JsonNode dry = response(review);
    assertThat(dry).isEqualTo(real);
  }

  @Test
  void v1beta1ReviewsAreAnsweredInV1beta1() throws Exception {
    ObjectNode review = podReview("CREATE", "restricted-ns", "web", PLAIN_SPEC);
    review.put("apiVersion", "admission.k8s.io/v1beta1");
    ObjectNode out = handler.handle(review);
    assertThat(out.get("apiVersion").stringValue()).isEqualTo("admission.k8s.io/v1beta1");
    assertThat(out.at("/response/allowed").booleanValue()).isFalse();
  }

  @Test
  void unknownNamespaceDeniesPodsButOnlyAnnotatesControllers() throws Exception {
    JsonNode pod = response(podReview("CREATE", "nowhere", "web", RESTRICTED_SPEC));
    assertThat(pod.get("allowed").booleanValue()).isFalse();
    assertThat(pod.at("/status/code").intValue()).isEqualTo(500);
    assertThat(pod.at("/status/reason").stringValue()).isEqualTo("InternalError");
    assertThat(pod.at("/status/message").stringValue())
        .isEqualTo("Internal error occurred: failed to lookup namespace \"nowhere\"");
    assertThat(pod.at("/auditAnnotations/error").stringValue())
        .isEqualTo(
            "Internal error occurred: failed to lookup namespace \"nowhere\": namespaces"
                + " \"nowhere\" not found");

    ObjectNode deployment = Reviews.sample("deployment-create-v1beta1.json");
    request(deployment).put("namespace", "nowhere");
    JsonNode controller = response(deployment);
    assertThat(controller.get("allowed").booleanValue()).isTrue();
    assertThat(controller.at("/auditAnnotations/error").stringValue())
        .isEqualTo("failed to lookup namespace \"nowhere\": namespaces \"nowhere\" not found");
  }

  @Test
  void deletesAndOtherKindsAreAllowedUntouched() throws Exception {
    ObjectNode delete = podReview("DELETE", "restricted-ns", "web", PLAIN_SPEC);
    request(delete).remove("object");
    JsonNode r = response(delete);
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.has("auditAnnotations")).isFalse();

    ObjectNode configMap = controllerReview("ConfigMap", "", "configmaps", "data", "{\"a\":\"b\"}");
    JsonNode cm = response(configMap);
    assertThat(cm.get("allowed").booleanValue()).isTrue();
    assertThat(cm.has("warnings")).isFalse();
  }
}
