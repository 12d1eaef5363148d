package dev.bulwark.admission.server;

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
import dev.bulwark.admission.namespaces.NamespaceManifests;
import dev.bulwark.admission.review.PolicyReviewHandler;
import dev.bulwark.engine.CheckRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * End to end over real TLS: the real server with the real policy handler (Pod Security admission
 * and Bulwark policy), one request per admission path, through HTTP/1.1 and HTTP/2.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PolicyWebhookIT {
  private static final String ENFORCE = "pod-security.kubernetes.io/enforce";
  private static final String CONFIG =
      """
      apiVersion: bulwark.dev/v1alpha1
      kind: AdmissionConfiguration
      podSecurity:
        exemptions:
          usernames: [ci-bot]
      policies:
        - name: no-privileged
          mode: enforce
          checks: [privileged-container]
          namespaceSelector:
            matchLabels: {env: prod}
      """;

  @TempDir static Path dir;
  static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    NamespaceManifests namespaces =
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
                "prod", Map.of("env", "prod"),
                "team-a", Map.of(ENFORCE, "baseline")));
    AdmissionConfig config =
        AdmissionConfig.parse("admission.yaml", CONFIG, CheckRegistry.discover());
    server =
        RunningServer.start(
            dir, new PolicyReviewHandler(config, namespaces, ExistingPods.NONE), namespaces);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void readyOnceNamespacesAreLoaded() throws Exception {
    assertThat(server.get("/readyz").statusCode()).isEqualTo(200);
  }

  @Test
  void compliantPodIsAllowed() throws Exception {
    JsonNode r = answer(podReview("CREATE", "restricted-ns", "web", RESTRICTED_SPEC), "allowed-1");
    assertThat(r.path("allowed").asBoolean()).isTrue();
    assertThat(r.has("warnings")).isFalse();
    assertThat(r.at("/auditAnnotations/enforce-policy").asString()).isEqualTo("restricted:latest");
  }

  @Test
  void podSecurityDenialUsesUpstreamsMessage() throws Exception {
    JsonNode r = answer(podReview("CREATE", "restricted-ns", "web", PLAIN_SPEC), "denied-1");
    assertThat(r.path("allowed").asBoolean()).isFalse();
    assertThat(r.at("/status/code").asInt()).isEqualTo(403);
    assertThat(r.at("/status/message").asString())
        .isEqualTo(
            "pods \"web\" is forbidden: violates PodSecurity \"restricted:latest\": "
                + PLAIN_RESTRICTED_DETAIL);
  }

  @Test
  void warnAndAuditModes() throws Exception {
    JsonNode r = answer(podReview("CREATE", "baseline-ns", "web", PLAIN_SPEC), "warned-1");
    String wouldViolate =
        "would violate PodSecurity \"restricted:latest\": " + PLAIN_RESTRICTED_DETAIL;
    assertThat(r.path("allowed").asBoolean()).isTrue();
    assertThat(r.path("warnings").get(0).asString()).isEqualTo(wouldViolate);
    assertThat(r.at("/auditAnnotations/audit-violations").asString()).isEqualTo(wouldViolate);
  }

  @Test
  void exemptUserIsAllowed() throws Exception {
    ObjectNode review = podReview("CREATE", "restricted-ns", "web", PRIVILEGED_SPEC);
    ((ObjectNode) request(review).get("userInfo")).put("username", "ci-bot");
    JsonNode r = answer(review, "exempt-1");
    assertThat(r.path("allowed").asBoolean()).isTrue();
    assertThat(r.at("/auditAnnotations/exempt").asString()).isEqualTo("user");
  }

  @Test
  void dryRunIsEvaluatedLikeAnyOtherRequest() throws Exception {
    ObjectNode review = podReview("CREATE", "restricted-ns", "web", PLAIN_SPEC);
    request(review).put("dryRun", true);
    JsonNode r = answer(review, "dry-1");
    assertThat(r.path("allowed").asBoolean()).isFalse();
    assertThat(r.at("/status/message").asString())
        .contains("violates PodSecurity \"restricted:latest\"");
  }

  @Test
  void bulwarkPolicyDeniesOverHttp2() throws Exception {
    ObjectNode review = podReview("CREATE", "prod", "web", PRIVILEGED_SPEC);
    request(review).put("uid", "policy-1");
    HttpResponse<String> response =
        server.send(
            server.http2,
            HttpRequest.newBuilder(server.uri("/validate"))
                .POST(HttpRequest.BodyPublishers.ofString(review.toString())));
    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
    JsonNode r = Reviews.parse(response.body()).path("response");
    assertThat(r.path("uid").asString()).isEqualTo("policy-1");
    assertThat(r.path("allowed").asBoolean()).isFalse();
    assertThat(r.at("/status/message").asString())
        .startsWith(
            "pods \"web\" is forbidden: violates Bulwark policy \"no-privileged\":"
                + " privileged-container: ");
  }

  @Test
  void v1beta1ReviewsGetV1beta1Answers() throws Exception {
    ObjectNode review = Reviews.sample("deployment-create-v1beta1.json");
    HttpResponse<String> response =
        server.post("/validate", review.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = Reviews.parse(response.body());
    assertThat(body.path("apiVersion").asString()).isEqualTo("admission.k8s.io/v1beta1");
    assertThat(body.at("/response/uid").asString())
        .isEqualTo(request(review).get("uid").asString());
    assertThat(body.at("/response/allowed").asBoolean()).isTrue();
  }

  @Test
  void badReviewsGet400() throws Exception {
    ObjectNode wrongVersion = podReview("CREATE", "restricted-ns", "web", PLAIN_SPEC);
    wrongVersion.put("apiVersion", "admission.k8s.io/v2");
    HttpResponse<String> version =
        server.post("/validate", wrongVersion.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(version.statusCode()).isEqualTo(400);
    assertThat(version.body())
        .isEqualTo(
            "{\"error\":\"unsupported apiVersion \\\"admission.k8s.io/v2\\\"; expected"
                + " admission.k8s.io/v1 or admission.k8s.io/v1beta1\"}");

    ObjectNode wrongKind = podReview("CREATE", "restricted-ns", "web", PLAIN_SPEC);
    wrongKind.put("kind", "Pod");
    HttpResponse<String> kind =
        server.post("/validate", wrongKind.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(kind.statusCode()).isEqualTo(400);
    assertThat(kind.body()).contains("AdmissionReview");

    ObjectNode noUid = podReview("CREATE", "restricted-ns", "web", PLAIN_SPEC);
    request(noUid).remove("uid");
    HttpResponse<String> uid =
        server.post("/validate", noUid.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(uid.statusCode()).isEqualTo(400);
    assertThat(uid.body()).contains("uid");

    HttpResponse<String> malformed =
        server.post(
            "/validate", "{\"kind\": \"AdmissionReview\",".getBytes(StandardCharsets.UTF_8));
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).startsWith("{\"error\":\"malformed JSON: ");

    // 3 MiB + 1 byte: one more than the default limit.
    byte[] oversized = new byte[(int) ServerSettings.DEFAULT_MAX_REQUEST_BYTES + 1];
    java.util.Arrays.fill(oversized, (byte) ' ');
    HttpResponse<String> big = server.post("/validate", oversized);
    assertThat(big.statusCode()).isEqualTo(400);
    assertThat(big.body()).contains("exceeds the limit of 3145728 bytes");
    for (HttpResponse<String> r : java.util.List.of(version, kind, uid, malformed, big)) {
      assertThat(r.body()).doesNotContain("Exception").doesNotContain(".java:");
    }
  }

  private static JsonNode answer(ObjectNode review, String uid) throws Exception {
    request(review).put("uid", uid);
    HttpResponse<String> response =
        server.post("/validate", review.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = Reviews.parse(response.body());
    assertThat(body.path("kind").asString()).isEqualTo("AdmissionReview");
    assertThat(body.path("apiVersion").asString()).isEqualTo("admission.k8s.io/v1");
    assertThat(body.at("/response/uid").asString()).isEqualTo(uid);
    return body.path("response");
  }
}
