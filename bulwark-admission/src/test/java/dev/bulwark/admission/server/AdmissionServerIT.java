package dev.bulwark.admission.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The real server over real TLS: transport, limits, failure answers, health, metrics, shutdown. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AdmissionServerIT {
  @TempDir Path dir;

  @Test
  void answersReviewsOverOneKeepAliveConnection() throws Exception {
    try (RunningServer s =
        RunningServer.start(dir, TestHandlers.answering(), TestHandlers.labels(true))) {
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> response = s.post("/validate", TestHandlers.review("uid-" + i, "web"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.headers().firstValue("content-type")).contains("application/json");
        JsonNode body = TestHandlers.json(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(body.path("response").path("uid").asString()).isEqualTo("uid-" + i);
        assertThat(body.path("response").path("allowed").asBoolean()).isTrue();
      }
      HttpResponse<String> denied = s.post("/validate", TestHandlers.review("uid-d", "deny-me"));
      assertThat(
              TestHandlers.json(denied.body().getBytes(StandardCharsets.UTF_8))
                  .path("response")
                  .path("allowed")
                  .asBoolean())
          .isFalse();
      String metrics = s.metrics();
      assertThat(metrics).contains("bulwark_admission_connections_total 1.0");
      assertThat(metrics)
          .contains(
              "bulwark_admission_requests_total{decision=\"allowed\",kind=\"Pod\",operation=\"CREATE\"}"
                  + " 5.0")
          .contains(
              "bulwark_admission_requests_total{decision=\"denied\",kind=\"Pod\",operation=\"CREATE\"}"
                  + " 1.0");
    }
  }

  @Test
  void smallNonBlockingReviewsAreDecidedOnTheEventLoopAndTheRestOnWorkers() throws Exception {
    java.util.List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (RunningServer s =
        RunningServer.start(dir, TestHandlers.nonBlocking(threads), TestHandlers.labels(true))) {
      HttpResponse<String> small = s.post("/validate", TestHandlers.review("small", "web"));
      HttpResponse<String> large =
          s.post(
              "/validate",
              TestHandlers.largeReview("large", ReviewEvaluator.INLINE_MAX_BYTES + 1));
      assertThat(small.body()).contains("\"uid\":\"small\"", "\"allowed\":true");
      assertThat(large.body()).contains("\"uid\":\"large\"", "\"allowed\":true");
      assertThat(threads).hasSize(2);
      assertThat(threads.get(0)).startsWith("vert.x-eventloop-thread-");
      assertThat(threads.get(1)).startsWith("bulwark-review-");
      assertThat(s.metrics())
          .contains("bulwark_admission_evaluations_total{thread=\"event_loop\"} 1.0")
          .contains("bulwark_admission_evaluations_total{thread=\"worker\"} 1.0");
    }
  }

  @Test
  void handlersThatMayBlockAlwaysRunOnWorkers() throws Exception {
    try (RunningServer s =
        RunningServer.start(dir, TestHandlers.answering(), TestHandlers.labels(true))) {
      s.post("/validate", TestHandlers.review("one", "web"));
      assertThat(s.metrics())
          .contains("bulwark_admission_evaluations_total{thread=\"worker\"} 1.0")
          .doesNotContain("thread=\"event_loop\"");
    }
  }

  @Test
  void speaksHttp2ThroughAlpn() throws Exception {
    try (RunningServer s =
        RunningServer.start(dir, TestHandlers.answering(), TestHandlers.labels(true))) {
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> response =
            s.send(
                s.http2,
                HttpRequest.newBuilder(s.uri("/validate"))
                    .POST(
                        HttpRequest.BodyPublishers.ofByteArray(
                            TestHandlers.review("h2-" + i, "web"))));
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"uid\":\"h2-" + i + "\"");
      }
    }
  }

  @Test
  void acceptsTls12And13AndRefusesOlderProtocols() throws Exception {
    try (RunningServer s =
        RunningServer.start(dir, TestHandlers.answering(), TestHandlers.labels(true))) {
      for (String protocol : new String[] {"TLSv1.2", "TLSv1.3"}) {
        HttpClient client =
            HttpClient.newBuilder()
                .sslContext(s.pki.clientContext())
                .sslParameters(params(protocol))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        HttpResponse<String> response =
            s.send(client, HttpRequest.newBuilder(s.uri("/healthz")).GET());
        assertThat(response.statusCode()).as(protocol).isEqualTo(200);
        SSLSession session = response.sslSession().orElseThrow();
        assertThat(session.getProtocol()).isEqualTo(protocol);
      }
      // The test JVM re-enables TLS 1.0/1.1 in the JDK (see the failsafe argLine), so only the
      // server's own protocol list can refuse them. A hand-made TLS 1.2 hello is the control.
      assertThat(RawClientHello.send(s.server.port(), RawClientHello.TLS_1_2))
          .isEqualTo(RawClientHello.Reply.SERVER_HELLO);
      assertThat(RawClientHello.send(s.server.port(), RawClientHello.TLS_1_1))
          .isEqualTo(RawClientHello.Reply.REFUSED);
      assertThat(RawClientHello.send(s.server.port(), RawClientHello.TLS_1_0))
          .isEqualTo(RawClientHello.Reply.REFUSED);
    }
  }

  @Test
  void rotatedCertificateServesNewConnectionsWhileOpenOnesKeepWorking() throws Exception {
    try (RunningServer s =
            RunningServer.start(dir, TestHandlers.answering(), TestHandlers.labels(true));
        Http1Connection before =
            new Http1Connection(s.pki.clientContext(), s.server.port(), 10_000)) {
      assertThat(before.post("/validate", TestHandlers.review("a", "web")).status()).isEqualTo(200);
      assertThat(before.peerCertificate().getSerialNumber().toString(16))
          .isEqualTo(s.issued.serialHex());

      TestPki.Issued renewed = s.pki.issue("bulwark-webhook");
      s.volume.publish(renewed);
      awaitLog(s, "certificate-reloaded");

      try (Http1Connection after =
          new Http1Connection(s.pki.clientContext(), s.server.port(), 10_000)) {
        assertThat(after.peerCertificate().getSerialNumber().toString(16))
            .isEqualTo(renewed.serialHex());
        assertThat(after.post("/validate", TestHandlers.review("b", "web")).status())
            .isEqualTo(200);
      }
      Http1Connection.Response onOld = before.post("/validate", TestHandlers.review("c", "web"));
      assertThat(onOld.status()).isEqualTo(200);
      assertThat(onOld.text()).contains("\"uid\":\"c\"");
      assertThat(s.log()).contains("serial=" + renewed.serialHex());
      assertThat(s.metrics())
          .contains("bulwark_admission_certificate_reloads_total{result=\"success\"} 1.0");
    }
  }

  @Test
  void badNewCertificateKeepsTheOldOne() throws Exception {
    try (RunningServer s =
        RunningServer.start(dir, TestHandlers.answering(), TestHandlers.labels(true))) {
      TestPki.Issued other = s.pki.issue("other");
      // The new certificate with a key that is not its own: a half-finished or broken rotation.
      s.volume.publish(other.certPem(), s.issued.keyPem());
      awaitLog(s, "certificate-reload-failed");
      assertThat(s.log())
          .contains("does not belong to the certificate")
          .contains("still serving serial=" + s.issued.serialHex());
      // Garbage in the files is refused the same way.
      s.volume.publish("not a certificate\n", "not a key\n");
      awaitMetric(s, "bulwark_admission_certificate_reloads_total{result=\"failure\"} 2.0");
      try (Http1Connection fresh =
          new Http1Connection(s.pki.clientContext(), s.server.port(), 10_000)) {
        assertThat(fresh.peerCertificate().getSerialNumber().toString(16))
            .isEqualTo(s.issued.serialHex());
        assertThat(fresh.post("/validate", TestHandlers.review("x", "web")).status())
            .isEqualTo(200);
      }
      // PKCS#8 keys rotate too, and an expired certificate never replaces a valid one.
      TestPki.Issued expired =
          s.pki.issue(
              "expired",
              java.time.Instant.now().minusSeconds(7200),
              java.time.Instant.now().minusSeconds(3600));
      s.volume.publish(expired.certPem(), expired.keyPemPkcs8());
      awaitMetric(s, "bulwark_admission_certificate_reloads_total{result=\"failure\"} 3.0");
      assertThat(s.log()).contains("is not valid now");
      TestPki.Issued good = s.pki.issue("good");
      s.volume.publish(good.certPem(), good.keyPemPkcs8());
      awaitLog(s, "certificate-reloaded");
      try (Http1Connection fresh =
          new Http1Connection(s.pki.clientContext(), s.server.port(), 10_000)) {
        assertThat(fresh.peerCertificate().getSerialNumber().toString(16))
            .isEqualTo(good.serialHex());
      }
    }
  }

  @Test
  void refusesOversizedBodiesWithAClearMessage() throws Exception {
    try (RunningServer s =
        RunningServer.start(
            dir,
            TestHandlers.answering(),
            TestHandlers.labels(true),
            settings -> settings.withMaxRequestBytes(4096))) {
      byte[] big = new byte[5000];
      java.util.Arrays.fill(big, (byte) ' ');
      HttpResponse<String> declared = s.post("/validate", big);
      assertThat(declared.statusCode()).isEqualTo(400);
      assertThat(declared.body())
          .isEqualTo("{\"error\":\"request body exceeds the limit of 4096 bytes\"}");
      // Without Content-Length (chunked), the limit applies while reading.
      HttpResponse<String> chunked =
          s.send(
              s.http1,
              HttpRequest.newBuilder(s.uri("/validate"))
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new ByteArrayInputStream(big))));
      assertThat(chunked.statusCode()).isEqualTo(400);
      assertThat(chunked.body()).contains("exceeds the limit of 4096 bytes");
      // The server is fine afterwards.
      assertThat(s.post("/validate", TestHandlers.review("ok", "web")).statusCode()).isEqualTo(200);
      assertThat(s.metrics())
          .contains("bulwark_admission_errors_total{reason=\"body_too_large\"} 2.0");
    }
  }

  @Test
  void badRequestsGet400WithoutStackTraces() throws Exception {
    try (RunningServer s =
        RunningServer.start(dir, TestHandlers.answering(), TestHandlers.labels(true))) {
      HttpResponse<String> malformed =
          s.post("/validate", "{\"apiVersion\": ".getBytes(StandardCharsets.UTF_8));
      assertThat(malformed.statusCode()).isEqualTo(400);
      assertThat(malformed.body()).startsWith("{\"error\":\"malformed JSON: ");
      HttpResponse<String> array = s.post("/validate", "[1,2]".getBytes(StandardCharsets.UTF_8));
      assertThat(array.statusCode()).isEqualTo(400);
      assertThat(array.body()).contains("must be a JSON object");
      String wrongKindJson =
          new String(TestHandlers.review("k", "web"), StandardCharsets.UTF_8)
              .replace("\"kind\":\"AdmissionReview\"", "\"kind\":\"Pod\"");
      HttpResponse<String> wrongKind =
          s.post("/validate", wrongKindJson.getBytes(StandardCharsets.UTF_8));
      assertThat(wrongKind.statusCode()).isEqualTo(400);
      assertThat(wrongKind.body()).contains("kind must be AdmissionReview");
      String noUidJson = new String(TestHandlers.review("", "web"), StandardCharsets.UTF_8);
      HttpResponse<String> noUid = s.post("/validate", noUidJson.getBytes(StandardCharsets.UTF_8));
      assertThat(noUid.statusCode()).isEqualTo(400);
      assertThat(noUid.body()).isEqualTo("{\"error\":\"request.uid is missing\"}");
      for (HttpResponse<String> r : java.util.List.of(malformed, array, wrongKind, noUid)) {
        assertThat(r.body())
            .doesNotContain("Exception")
            .doesNotContain("\tat ")
            .doesNotContain(".java:");
        assertThat(r.headers().firstValue("content-type")).contains("application/json");
      }
      HttpResponse<String> get = s.get("/validate");
      assertThat(get.statusCode()).isEqualTo(405);
      assertThat(get.headers().firstValue("allow")).contains("POST");
      HttpResponse<String> missing = s.post("/mutate", TestHandlers.review("m", "web"));
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.body()).contains("no such endpoint: /mutate");
      // The keep-alive connection survived every error above.
      assertThat(s.post("/validate", TestHandlers.review("after", "web")).statusCode())
          .isEqualTo(200);
      String metrics = s.metrics();
      assertThat(metrics)
          .contains("bulwark_admission_errors_total{reason=\"malformed_json\"} 2.0")
          .contains("bulwark_admission_errors_total{reason=\"bad_review\"} 2.0")
          .contains("bulwark_admission_errors_total{reason=\"method_not_allowed\"} 1.0")
          .contains("bulwark_admission_errors_total{reason=\"not_found\"} 1.0");
    }
  }

  @Test
  void slowEvaluationIsAllowedWithAWarningByDefault() throws Exception {
    try (RunningServer s =
        RunningServer.start(
            dir,
            TestHandlers.sleeping(2_000),
            TestHandlers.labels(true),
            settings -> settings.withTimeout(Duration.ofMillis(200), FailureAnswer.ALLOW))) {
      long begun = System.nanoTime();
      HttpResponse<String> response = s.post("/validate", TestHandlers.review("slow", "web"));
      long millis = (System.nanoTime() - begun) / 1_000_000;
      assertThat(millis).isBetween(150L, 1_500L);
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode answer =
          TestHandlers.json(response.body().getBytes(StandardCharsets.UTF_8)).path("response");
      assertThat(answer.path("uid").asString()).isEqualTo("slow");
      assertThat(answer.path("allowed").asBoolean()).isTrue();
      assertThat(answer.path("warnings").get(0).asString())
          .isEqualTo(
              "Bulwark admission did not finish within 200ms; the request was allowed without"
                  + " evaluation");
      assertThat(answer.path("auditAnnotations").path("bulwark-timeout").asString())
          .isEqualTo("allowed without evaluation after 200ms");
      assertThat(s.metrics())
          .contains(
              "bulwark_admission_failure_answers_total{decision=\"allowed\",reason=\"timeout\"}"
                  + " 1.0");
      assertThat(s.log()).contains("evaluation-timeout uid=slow");
    }
  }

  @Test
  void slowEvaluationIsDeniedWhenConfigured() throws Exception {
    try (RunningServer s =
        RunningServer.start(
            dir,
            TestHandlers.sleeping(2_000),
            TestHandlers.labels(true),
            settings -> settings.withTimeout(Duration.ofMillis(200), FailureAnswer.DENY))) {
      HttpResponse<String> response = s.post("/validate", TestHandlers.review("slow", "web"));
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode answer =
          TestHandlers.json(response.body().getBytes(StandardCharsets.UTF_8)).path("response");
      assertThat(answer.path("allowed").asBoolean()).isFalse();
      assertThat(answer.path("status").path("code").asInt()).isEqualTo(500);
      assertThat(answer.path("status").path("message").asString())
          .isEqualTo("Internal error occurred: Bulwark admission did not finish within 200ms");
      assertThat(answer.path("auditAnnotations").path("bulwark-timeout").asString())
          .isEqualTo("denied without evaluation after 200ms");
      assertThat(s.metrics())
          .contains(
              "bulwark_admission_failure_answers_total{decision=\"denied\",reason=\"timeout\"}"
                  + " 1.0");
    }
  }

  @Test
  void handlerExceptionsGetTheFailureAnswerAndNoDetails() throws Exception {
    try (RunningServer s =
        RunningServer.start(dir, TestHandlers.throwing(), TestHandlers.labels(true))) {
      HttpResponse<String> response = s.post("/validate", TestHandlers.review("boom", "web"));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body())
          .doesNotContain("secret internal detail")
          .doesNotContain("Exception");
      JsonNode answer =
          TestHandlers.json(response.body().getBytes(StandardCharsets.UTF_8)).path("response");
      assertThat(answer.path("allowed").asBoolean()).isTrue();
      assertThat(answer.path("warnings").get(0).asString())
          .isEqualTo(
              "Bulwark admission failed with an internal error; the request was allowed without"
                  + " evaluation");
      assertThat(answer.path("auditAnnotations").path("bulwark-error").asString())
          .isEqualTo("allowed without evaluation");
      assertThat(s.metrics())
          .contains("bulwark_admission_errors_total{reason=\"handler_exception\"} 1.0")
          .contains(
              "bulwark_admission_failure_answers_total{decision=\"allowed\",reason=\"handler_exception\"}"
                  + " 1.0");
      assertThat(s.log()).contains("handler-exception uid=boom java.lang.IllegalStateException");
    }
  }

  @Test
  void shedsReviewsBeyondTheInFlightLimit() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (RunningServer s =
        RunningServer.start(
            dir,
            TestHandlers.blocking(started, release),
            TestHandlers.labels(true),
            settings -> settings.withConcurrency(1, 1, 2))) {
      CompletableFuture<HttpResponse<String>> first =
          s.http1.sendAsync(
              HttpRequest.newBuilder(s.uri("/validate"))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(TestHandlers.review("first", "web")))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(s.metrics()).contains("bulwark_admission_in_flight 1.0");
      long begun = System.nanoTime();
      HttpResponse<String> shed = s.post("/validate", TestHandlers.review("second", "web"));
      assertThat((System.nanoTime() - begun) / 1_000_000).isLessThan(2_000);
      JsonNode answer =
          TestHandlers.json(shed.body().getBytes(StandardCharsets.UTF_8)).path("response");
      assertThat(answer.path("uid").asString()).isEqualTo("second");
      assertThat(answer.path("allowed").asBoolean()).isTrue();
      assertThat(answer.path("warnings").get(0).asString())
          .isEqualTo("Bulwark admission is overloaded; the request was allowed without evaluation");
      assertThat(answer.path("auditAnnotations").path("bulwark-overload").asString())
          .isEqualTo("allowed without evaluation");
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS).body()).contains("\"uid\":\"first\"");
      assertThat(s.metrics())
          .contains(
              "bulwark_admission_failure_answers_total{decision=\"allowed\",reason=\"overload\"}"
                  + " 1.0")
          .contains("bulwark_admission_in_flight 0.0");
    }
  }

  @Test
  void readinessFollowsSyncAndShutdownWhileHealthStaysUp() throws Exception {
    AtomicBoolean synced = new AtomicBoolean(false);
    dev.bulwark.admission.NamespaceLabels labels =
        new dev.bulwark.admission.NamespaceLabels() {
          @Override
          public java.util.Optional<java.util.Map<String, String>> labels(String namespace) {
            return java.util.Optional.empty();
          }

          @Override
          public boolean synced() {
            return synced.get();
          }
        };
    RunningServer s =
        RunningServer.start(
            dir,
            TestHandlers.answering(),
            labels,
            settings -> settings.withShutdown(Duration.ofMillis(1500), Duration.ofSeconds(5)));
    try {
      HttpResponse<String> before = s.get("/readyz");
      assertThat(before.statusCode()).isEqualTo(503);
      assertThat(before.body()).isEqualTo("not ready: namespace labels not synced yet\n");
      assertThat(s.get("/healthz").statusCode()).isEqualTo(200);
      synced.set(true);
      assertThat(s.get("/readyz").statusCode()).isEqualTo(200);

      CompletableFuture<Void> closing = CompletableFuture.runAsync(s::close);
      awaitLog(s, "shutdown-started");
      HttpResponse<String> during = s.get("/readyz");
      assertThat(during.statusCode()).isEqualTo(503);
      assertThat(during.body()).isEqualTo("not ready: shutting down\n");
      // Still answering reviews while draining, but each HTTP/1.1 answer closes its connection.
      HttpResponse<String> review = s.post("/validate", TestHandlers.review("draining", "web"));
      assertThat(review.statusCode()).isEqualTo(200);
      assertThat(review.headers().firstValue("connection")).contains("close");
      closing.get(20, TimeUnit.SECONDS);
      assertThat(s.log()).contains("shutdown-complete");
    } finally {
      s.close();
    }
  }

  @Test
  void gracefulShutdownDrainsAnInFlightReview() throws Exception {
    // The handler takes 800 ms: close() must wait for it rather than cut it off.
    RunningServer slow =
        RunningServer.start(dir, TestHandlers.sleeping(800), TestHandlers.labels(true));
    try {
      CompletableFuture<HttpResponse<String>> inFlight =
          slow.http1.sendAsync(
              HttpRequest.newBuilder(slow.uri("/validate"))
                  .timeout(Duration.ofSeconds(10))
                  .POST(
                      HttpRequest.BodyPublishers.ofByteArray(
                          TestHandlers.review("inflight", "web")))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      awaitMetric(slow, "bulwark_admission_in_flight 1.0");
      long begun = System.nanoTime();
      slow.close();
      long closeMillis = (System.nanoTime() - begun) / 1_000_000;
      HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"uid\":\"inflight\"").contains("\"allowed\":true");
      assertThat(closeMillis).isGreaterThanOrEqualTo(300);
      // After shutdown nobody listens.
      assertThatThrownBy(
              () ->
                  new Http1Connection(slow.pki.clientContext(), slow.server.port(), 2_000).close())
          .isInstanceOf(java.io.IOException.class);
    } finally {
      slow.close();
    }
  }

  @Test
  void metricsUseThePrometheusTextFormat() throws Exception {
    try (RunningServer s =
        RunningServer.start(dir, TestHandlers.answering(), TestHandlers.labels(true))) {
      s.post("/validate", TestHandlers.review("m1", "web"));
      HttpResponse<String> metrics = s.get("/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("content-type").orElse(""))
          .startsWith("text/plain; version=0.0.4");
      assertThat(metrics.body())
          .contains("# TYPE bulwark_admission_requests_total counter")
          .contains("# TYPE bulwark_admission_request_duration_seconds histogram")
          .contains("bulwark_admission_request_duration_seconds_bucket{le=\"0.001\"}")
          .contains("bulwark_admission_request_duration_seconds_count 1")
          .contains("# TYPE bulwark_admission_in_flight gauge")
          .contains("bulwark_admission_certificate_not_after_seconds ")
          .contains(
              "bulwark_admission_failure_answers_total{decision=\"denied\",reason=\"overload\"}"
                  + " 0.0");
    }
  }

  private static javax.net.ssl.SSLParameters params(String protocol) {
    javax.net.ssl.SSLParameters parameters = new javax.net.ssl.SSLParameters();
    parameters.setProtocols(new String[] {protocol});
    return parameters;
  }

  private static void awaitLog(RunningServer s, String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!s.log().contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("log never said " + text + ":\n" + s.log());
      }
      Thread.sleep(20);
    }
  }

  private static void awaitMetric(RunningServer s, String line) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String last = "";
    while (!(last = s.metrics()).contains(line)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("metrics never had " + line + ":\n" + last);
      }
      Thread.sleep(20);
    }
  }
}
