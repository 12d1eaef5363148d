package dev.bulwark.admission.server;

import dev.bulwark.admission.server.ServingCertificate.CertificateProblem;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.net.ServerSSLOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Polls the PEM files and swaps the served certificate when their content changes (cert-manager
 * rotates a mounted Secret by swapping a symlink, so content, not events, is compared). Existing
 * connections keep the certificate they were opened with; new handshakes get the new one. A pair
 * that does not pass {@link ServingCertificate#load} is logged and the old one keeps serving.
 */
final class CertificateReloader {
  private final Vertx vertx;
  private final Path certFile;
  private final Path keyFile;
  private final List<HttpServer> servers;
  private final ServerSSLOptions baseOptions;
  private final AdmissionMetrics metrics;
  private final ServerLog log;
  private byte[] lastSeen;
  private volatile ServingCertificate current;
  private long timerId = -1;

  CertificateReloader(
      Vertx vertx,
      ServerSettings settings,
      ServingCertificate initial,
      List<HttpServer> servers,
      ServerSSLOptions baseOptions,
      AdmissionMetrics metrics,
      ServerLog log)
      throws IOException {
    this.vertx = vertx;
    this.certFile = settings.certFile();
    this.keyFile = settings.keyFile();
    this.servers = servers;
    this.baseOptions = baseOptions;
    this.metrics = metrics;
    this.log = log;
    this.current = initial;
    this.lastSeen = ServingCertificate.fingerprint(certFile, keyFile);
  }

  void start(long intervalMillis) {
    timerId =
        vertx.setPeriodic(intervalMillis, ignored -> vertx.executeBlocking(this::check, false));
  }

  void stop() {
    if (timerId >= 0) {
      vertx.cancelTimer(timerId);
    }
  }

  ServingCertificate current() {
    return current;
  }

  /** Runs on a worker thread; ordered=false is safe because a check waits for its own update. */
  private synchronized Void check() throws Exception {
    byte[] seen;
    try {
      seen = ServingCertificate.fingerprint(certFile, keyFile);
    } catch (IOException e) {
      // Mid-swap a file can be briefly absent; the next poll sees the finished state.
      return null;
    }
    if (Arrays.equals(seen, lastSeen)) {
      return null;
    }
    lastSeen = seen;
    ServingCertificate candidate;
    try {
      candidate = ServingCertificate.load(vertx, certFile, keyFile);
    } catch (CertificateProblem problem) {
      metrics.certificateReload(false);
      log.error(
          "certificate-reload-failed",
          problem.getMessage()
              + "; still serving serial="
              + current.serial()
              + " valid until "
              + current.notAfter());
      return null;
    }
    ServerSSLOptions options = baseOptions.copy().setKeyCertOptions(candidate.options());
    List<Future<Boolean>> updates = new ArrayList<>();
    for (HttpServer server : servers) {
      updates.add(server.updateSSLOptions(options));
    }
    try {
      Future.all(updates).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      metrics.certificateReload(false);
      log.error(
          "certificate-reload-failed",
          "the TLS layer refused the new pair: "
              + e.getMessage()
              + "; still serving serial="
              + current.serial());
      return null;
    }
    current = candidate;
    metrics.certificateReload(true);
    metrics.certificateLoaded(candidate.notAfter());
    log.info(
        "certificate-reloaded",
        "subject="
            + candidate.subject()
            + " serial="
            + candidate.serial()
            + " valid until "
            + candidate.notAfter());
    return null;
  }
}
