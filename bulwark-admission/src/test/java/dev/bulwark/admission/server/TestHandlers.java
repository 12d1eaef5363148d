package dev.bulwark.admission.server;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.NamespaceLabels;
import dev.bulwark.admission.ReviewHandler;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Small review handlers that exercise the transport: answer, sleep, block, throw. */
final class TestHandlers {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private TestHandlers() {}

  /**
   * Allows every review except objects named "deny-me"; rejects a wrong kind or a missing uid the
   * way the policy handler does, so the server's 400 path can be seen.
   */
  static ReviewHandler answering() {
    return review -> {
      if (!"AdmissionReview".equals(review.path("kind").asString(""))) {
        throw new BadReviewException("kind must be AdmissionReview, got " + review.path("kind"));
      }
      String uid = review.path("request").path("uid").asString("");
      if (uid.isEmpty()) {
        throw new BadReviewException("request.uid is missing");
      }
      boolean allowed = !"deny-me".equals(review.path("request").path("name").asString(""));
      ObjectNode root = MAPPER.createObjectNode();
      root.put("apiVersion", review.path("apiVersion").asString());
      root.put("kind", "AdmissionReview");
      ObjectNode response = root.putObject("response").put("uid", uid).put("allowed", allowed);
      if (!allowed) {
        response.putObject("status").put("code", 403).put("message", "denied by test handler");
      }
      return root;
    };
  }

  static ReviewHandler sleeping(long millis) {
    ReviewHandler inner = answering();
    return review -> {
      sleep(millis);
      return inner.handle(review);
    };
  }

  /** Waits for {@code release} (at most 30 s) before answering. */
  static ReviewHandler blocking(CountDownLatch started, CountDownLatch release) {
    ReviewHandler inner = answering();
    return review -> {
      started.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return inner.handle(review);
    };
  }

  /**
   * Answers like {@link #answering()}, says it never blocks (so the server may decide on its event
   * loop) and records the name of each thread it ran on.
   */
  static ReviewHandler nonBlocking(java.util.List<String> threads) {
    ReviewHandler inner = answering();
    return new ReviewHandler() {
      @Override
      public ObjectNode handle(JsonNode review) throws BadReviewException {
        threads.add(Thread.currentThread().getName());
        return inner.handle(review);
      }

      @Override
      public boolean mayBlock(JsonNode review) {
        return false;
      }
    };
  }

  /** A review padded with an annotation to at least {@code bytes}. */
  static byte[] largeReview(String uid, int bytes) {
    String small = new String(review(uid, "big"), StandardCharsets.UTF_8);
    String padded =
        small.replace(
            "\"metadata\":{\"name\":\"big\"",
            "\"metadata\":{\"annotations\":{\"pad\":\"" + "x".repeat(bytes) + "\"},\"name\":\"big\"");
    return padded.getBytes(StandardCharsets.UTF_8);
  }

  static ReviewHandler throwing() {
    return review -> {
      throw new IllegalStateException("secret internal detail at Foo.java:42");
    };
  }

  static NamespaceLabels labels(boolean synced) {
    return new NamespaceLabels() {
      @Override
      public Optional<Map<String, String>> labels(String namespace) {
        return Optional.of(Map.of());
      }

      @Override
      public boolean synced() {
        return synced;
      }
    };
  }

  /** A minimal Pod CREATE review with the given uid and object name. */
  static byte[] review(String uid, String name) {
    String json =
        """
        {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"%s",
        "kind":{"group":"","version":"v1","kind":"Pod"},"resource":{"group":"","version":"v1","resource":"pods"},
        "name":"%s","namespace":"default","operation":"CREATE","userInfo":{"username":"alice"},
        "object":{"apiVersion":"v1","kind":"Pod","metadata":{"name":"%s","namespace":"default"},
        "spec":{"containers":[{"name":"app","image":"nginx:1.27"}]}},"dryRun":false}}
        """
            .formatted(uid, name, name);
    return json.getBytes(StandardCharsets.UTF_8);
  }

  static JsonNode json(byte[] body) {
    return MAPPER.readTree(body);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
