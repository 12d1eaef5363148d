package dev.bulwark.admission.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * The server's Prometheus metrics (names in docs/admission-server.md) and their text exposition.
 */
public final class AdmissionMetrics {
  /** Sub-millisecond to the API server's 30 s ceiling: a review normally costs well under 1 ms. */
  private static final double[] LATENCY_BOUNDS = {
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
    30
  };

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final Counter requests;
  private final Histogram latency;
  private final Counter errors;
  private final Counter failureAnswers;
  private final Counter certReloads;
  private final Counter connections;
  private final Counter evaluations;
  private final Gauge certNotAfter;

  public AdmissionMetrics() {
    requests =
        Counter.builder()
            .name("bulwark_admission_requests_total")
            .help("AdmissionReviews answered, by operation, kind and decision (allowed or denied)")
            .labelNames("operation", "kind", "decision")
            .withoutExemplars()
            .register(registry);
    latency =
        Histogram.builder()
            .name("bulwark_admission_request_duration_seconds")
            .help("Time from a request's arrival to its answer being written, all answers")
            .unit(Unit.SECONDS)
            .classicOnly()
            .classicUpperBounds(LATENCY_BOUNDS)
            .withoutExemplars()
            .register(registry);
    errors =
        Counter.builder()
            .name("bulwark_admission_errors_total")
            .help(
                "Requests that failed, by reason: body_too_large, malformed_json, bad_review,"
                    + " handler_exception, not_found, method_not_allowed")
            .labelNames("reason")
            .withoutExemplars()
            .register(registry);
    failureAnswers =
        Counter.builder()
            .name("bulwark_admission_failure_answers_total")
            .help(
                "Reviews answered by the failure policy instead of the handler, by reason (timeout,"
                    + " overload, handler_exception) and decision")
            .labelNames("reason", "decision")
            .withoutExemplars()
            .register(registry);
    evaluations =
        Counter.builder()
            .name("bulwark_admission_evaluations_total")
            .help(
                "Reviews given to the handler, by where they ran: event_loop (small reviews the"
                    + " handler calls non-blocking) or worker (the rest, under the timeout)")
            .labelNames("thread")
            .withoutExemplars()
            .register(registry);
    certReloads =
        Counter.builder()
            .name("bulwark_admission_certificate_reloads_total")
            .help("Certificate rotations seen on disk, by result (success or failure)")
            .labelNames("result")
            .withoutExemplars()
            .register(registry);
    certNotAfter =
        Gauge.builder()
            .name("bulwark_admission_certificate_not_after_seconds")
            .help("Expiry of the certificate being served, as Unix time")
            .withoutExemplars()
            .register(registry);
    connections =
        Counter.builder()
            .name("bulwark_admission_connections_total")
            .help("HTTPS connections accepted (after the TLS handshake)")
            .withoutExemplars()
            .register(registry);
    // Pre-create the label sets a dashboard alerts on, so they read 0 rather than being absent.
    for (String reason : new String[] {"timeout", "overload", "handler_exception"}) {
      for (String decision : new String[] {"allowed", "denied"}) {
        failureAnswers.labelValues(reason, decision);
      }
    }
    certReloads.labelValues("success");
    certReloads.labelValues("failure");
  }

  public void answered(String operation, String kind, boolean allowed, long nanos) {
    requests.labelValues(operation, kind, allowed ? "allowed" : "denied").inc();
    latency.observe(nanos / 1e9);
  }

  public void failed(String reason, long nanos) {
    errors.labelValues(reason).inc();
    latency.observe(nanos / 1e9);
  }

  public void failureAnswer(String reason, boolean allowed) {
    failureAnswers.labelValues(reason, allowed ? "allowed" : "denied").inc();
  }

  public void handlerException() {
    errors.labelValues("handler_exception").inc();
  }

  /** Reports {@code count} as the in-flight gauge at each scrape. */
  public void trackInFlight(IntSupplier count) {
    GaugeWithCallback.builder()
        .name("bulwark_admission_in_flight")
        .help("Reviews being evaluated or waiting for a worker")
        .callback(callback -> callback.call(count.getAsInt()))
        .register(registry);
  }

  void evaluated(boolean onEventLoop) {
    evaluations.labelValues(onEventLoop ? "event_loop" : "worker").inc();
  }

  public void connectionOpened() {
    connections.inc();
  }

  public void certificateLoaded(Instant notAfter) {
    certNotAfter.set(notAfter.getEpochSecond());
  }

  public void certificateReload(boolean success) {
    certReloads.labelValues(success ? "success" : "failure").inc();
  }

  public String contentType() {
    return writer.getContentType();
  }

  /** The current values in the Prometheus text format (version 0.0.4). */
  public byte[] scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      writer.write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
