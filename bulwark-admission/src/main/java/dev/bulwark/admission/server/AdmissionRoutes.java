package dev.bulwark.admission.server;

import dev.bulwark.admission.BadReviewException;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server's endpoints: {@code POST /validate}, {@code /healthz}, {@code /readyz}, {@code
 * /metrics}. Runs on the event loops; only the review handler itself runs on a worker.
 */
final class AdmissionRoutes implements Handler<HttpServerRequest> {
  private static final String JSON = "application/json";
  private static final String TEXT = "text/plain; charset=utf-8";

  /** How much of an oversized body is read and dropped before the connection is closed. */
  private static final long DISCARD_LIMIT_FACTOR = 4;

  private final Vertx vertx;
  private final JsonMapper mapper;
  private final ReviewEvaluator evaluator;
  private final FailureResponses failures;
  private final AdmissionMetrics metrics;
  private final ServerLog log;
  private final long maxRequestBytes;
  private final long timeoutNanos;
  private final Supplier<String> notReadyReason;
  private final BooleanSupplier draining;

  AdmissionRoutes(
      Vertx vertx,
      JsonMapper mapper,
      ReviewEvaluator evaluator,
      FailureResponses failures,
      AdmissionMetrics metrics,
      ServerLog log,
      ServerSettings settings,
      Supplier<String> notReadyReason,
      BooleanSupplier draining) {
    this.vertx = vertx;
    this.mapper = mapper;
    this.evaluator = evaluator;
    this.failures = failures;
    this.metrics = metrics;
    this.log = log;
    this.maxRequestBytes = settings.maxRequestBytes();
    this.timeoutNanos = settings.timeout().toNanos();
    this.notReadyReason = notReadyReason;
    this.draining = draining;
  }

  @Override
  public void handle(HttpServerRequest request) {
    long start = System.nanoTime();
    String path = request.path();
    HttpMethod method = request.method();
    switch (path) {
      case "/validate" -> {
        if (method == HttpMethod.POST) {
          readReview(request, start);
        } else {
          methodNotAllowed(request, start, "POST");
        }
      }
      case "/healthz" -> {
        if (isGet(method)) {
          text(request, 200, "ok\n");
        } else {
          methodNotAllowed(request, start, "GET");
        }
      }
      case "/readyz" -> {
        if (isGet(method)) {
          String reason = notReadyReason.get();
          text(
              request,
              reason == null ? 200 : 503,
              reason == null ? "ok\n" : "not ready: " + reason + "\n");
        } else {
          methodNotAllowed(request, start, "GET");
        }
      }
      case "/metrics" -> {
        if (isGet(method)) {
          prepare(request)
              .putHeader("content-type", metrics.contentType())
              .end(Buffer.buffer(metrics.scrape()));
        } else {
          methodNotAllowed(request, start, "GET");
        }
      }
      default -> {
        metrics.failed("not_found", System.nanoTime() - start);
        error(request, 404, "no such endpoint: " + clip(path) + " (use POST /validate)");
      }
    }
  }

  private void readReview(HttpServerRequest request, long start) {
    String declared = request.getHeader("content-length");
    if (declared != null && parseLength(declared) > maxRequestBytes) {
      tooLarge(request, start);
      return;
    }
    Body body = new Body();
    request.handler(
        chunk -> {
          if (body.rejected) {
            return;
          }
          if ((long) body.buffer.length() + chunk.length() > maxRequestBytes) {
            body.rejected = true;
            tooLarge(request, start);
            return;
          }
          body.buffer.appendBuffer(chunk);
        });
    request.endHandler(
        ignored -> {
          if (!body.rejected) {
            review(request, body.buffer, start);
          }
        });
    request.exceptionHandler(failure -> body.rejected = true);
  }

  private void review(HttpServerRequest request, Buffer body, long start) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body.getBytes());
    } catch (JacksonException e) {
      metrics.failed("malformed_json", System.nanoTime() - start);
      error(request, 400, "malformed JSON: " + clip(e.getOriginalMessage()));
      return;
    }
    if (tree == null || !tree.isObject()) {
      metrics.failed("malformed_json", System.nanoTime() - start);
      error(request, 400, "the body must be a JSON object (an AdmissionReview)");
      return;
    }
    ReviewEnvelope envelope = ReviewEnvelope.of(tree);
    Exchange exchange = new Exchange(request, tree, envelope, start);
    if (evaluator.tryInline(
        tree, body.length(), (response, failure) -> evaluated(exchange, response, failure))) {
      metrics.evaluated(true);
      return;
    }
    metrics.evaluated(false);
    Context context = vertx.getOrCreateContext();
    ReviewEvaluator.Evaluation evaluation =
        evaluator.submit(
            tree,
            (response, failure) ->
                context.runOnContext(ignored -> evaluated(exchange, response, failure)));
    if (evaluation == null) {
      shed(exchange);
      return;
    }
    exchange.evaluation = evaluation;
    long remainingMillis = Math.max(1, (timeoutNanos - (System.nanoTime() - start)) / 1_000_000);
    exchange.timer = vertx.setTimer(remainingMillis, ignored -> timedOut(exchange));
  }

  private void evaluated(Exchange exchange, ObjectNode response, Throwable failure) {
    if (exchange.answered) {
      return;
    }
    exchange.answered = true;
    vertx.cancelTimer(exchange.timer);
    if (failure == null && response != null) {
      answer(exchange, response);
    } else if (failure instanceof BadReviewException bad) {
      metrics.failed("bad_review", System.nanoTime() - exchange.start);
      error(exchange.request, 400, bad.getMessage());
    } else {
      metrics.handlerException();
      log.error(
          "handler-exception",
          "uid="
              + exchange.envelope.uid()
              + " "
              + (failure == null ? "the handler returned no response" : failure.toString()));
      failureAnswer(exchange, "handler_exception", failures.handlerFailed(exchange.envelope));
    }
  }

  private void timedOut(Exchange exchange) {
    if (exchange.answered) {
      return;
    }
    exchange.answered = true;
    exchange.evaluation.cancel();
    log.warn(
        "evaluation-timeout",
        "uid="
            + exchange.envelope.uid()
            + " answered by the failure policy: "
            + (failures.allows() ? "allow" : "deny"));
    ObjectNode answer;
    try {
      answer = failures.timedOut(exchange.review);
    } catch (BadReviewException bad) {
      metrics.failed("bad_review", System.nanoTime() - exchange.start);
      error(exchange.request, 400, bad.getMessage());
      return;
    }
    failureAnswer(exchange, "timeout", answer);
  }

  private void shed(Exchange exchange) {
    exchange.answered = true;
    if (!exchange.envelope.hasUid()) {
      // Without a uid no AdmissionReview answer is possible; this is a bad request either way.
      metrics.failed("bad_review", System.nanoTime() - exchange.start);
      error(exchange.request, 400, "request.uid is missing");
      return;
    }
    failureAnswer(exchange, "overload", failures.overloaded(exchange.envelope));
  }

  private void failureAnswer(Exchange exchange, String reason, ObjectNode response) {
    metrics.failureAnswer(reason, failures.allows());
    answer(exchange, response);
  }

  private void answer(Exchange exchange, ObjectNode response) {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(response);
    } catch (JacksonException e) {
      metrics.handlerException();
      log.error(
          "response-not-serializable",
          "uid=" + exchange.envelope.uid() + " " + e.getOriginalMessage());
      response = failures.handlerFailed(exchange.envelope);
      bytes = mapper.writeValueAsBytes(response);
    }
    boolean allowed = response.path("response").path("allowed").asBoolean(false);
    metrics.answered(
        exchange.envelope.operation(),
        exchange.envelope.kind(),
        allowed,
        System.nanoTime() - exchange.start);
    prepare(exchange.request).putHeader("content-type", JSON).end(Buffer.buffer(bytes));
  }

  private void tooLarge(HttpServerRequest request, long start) {
    metrics.failed("body_too_large", System.nanoTime() - start);
    error(request, 400, "request body exceeds the limit of " + maxRequestBytes + " bytes");
    // Read and drop the rest of the body: closing a connection with unread input resets it, which
    // can destroy the answer before the client reads it. A client that keeps sending far beyond
    // the limit loses its connection instead.
    long[] dropped = {0};
    request.handler(
        chunk -> {
          dropped[0] += chunk.length();
          if (dropped[0] > DISCARD_LIMIT_FACTOR * maxRequestBytes
              && request.version() != HttpVersion.HTTP_2) {
            request.connection().close();
          }
        });
  }

  private void methodNotAllowed(HttpServerRequest request, long start, String allowed) {
    metrics.failed("method_not_allowed", System.nanoTime() - start);
    request.response().putHeader("allow", allowed);
    error(request, 405, request.method().name() + " is not allowed here (use " + allowed + ")");
  }

  private void error(HttpServerRequest request, int status, String message) {
    ObjectNode body = mapper.createObjectNode().put("error", message);
    prepare(request)
        .setStatusCode(status)
        .putHeader("content-type", JSON)
        .end(Buffer.buffer(mapper.writeValueAsBytes(body)));
  }

  private void text(HttpServerRequest request, int status, String body) {
    prepare(request).setStatusCode(status).putHeader("content-type", TEXT).end(body);
  }

  /**
   * While draining before shutdown, each HTTP/1.1 answer closes its connection, so the client's
   * next request opens a new connection, which the Service routes to a live instance. HTTP/2
   * connections get a GOAWAY from the server's shutdown instead.
   */
  private HttpServerResponse prepare(HttpServerRequest request) {
    HttpServerResponse response = request.response();
    if (draining.getAsBoolean() && request.version() != HttpVersion.HTTP_2) {
      response.putHeader("connection", "close");
    }
    return response;
  }

  private static boolean isGet(HttpMethod method) {
    return method == HttpMethod.GET || method == HttpMethod.HEAD;
  }

  private static long parseLength(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String clip(String text) {
    if (text == null) {
      return "";
    }
    String line = text.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** A request body being read, with whether it was already refused. */
  private static final class Body {
    final Buffer buffer = Buffer.buffer(4096);
    boolean rejected;
  }

  /** One review between arrival and answer; touched only on its event loop. */
  private static final class Exchange {
    final HttpServerRequest request;
    final JsonNode review;
    final ReviewEnvelope envelope;
    final long start;
    ReviewEvaluator.Evaluation evaluation;
    long timer = -1;
    boolean answered;

    Exchange(HttpServerRequest request, JsonNode review, ReviewEnvelope envelope, long start) {
      this.request = request;
      this.review = review;
      this.envelope = envelope;
      this.start = start;
    }
  }
}
