package dev.bulwark.admission.server;

import dev.bulwark.admission.NamespaceLabels;
import dev.bulwark.admission.ReviewHandler;
import dev.bulwark.admission.server.ServingCertificate.CertificateProblem;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.ServerSSLOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validating admission webhook's HTTPS server (Vert.x core): TLS 1.2+ only, HTTP/1.1 and
 * HTTP/2, certificate rotation from disk, an evaluation budget with a failure answer, overload
 * shedding, health, readiness and Prometheus metrics, and graceful shutdown.
 */
public final class AdmissionServer implements AutoCloseable {
  private static final Set<String> TLS_PROTOCOLS = Set.of("TLSv1.2", "TLSv1.3");

  /** Longer than Go's 90 s client idle timeout, so the API server closes idle connections first. */
  private static final int IDLE_TIMEOUT_SECONDS = 180;

  private final ServerSettings settings;
  private final Vertx vertx;
  private final ReviewEvaluator evaluator;
  private final AdmissionMetrics metrics;
  private final ServerLog log;
  private final NamespaceLabels namespaces;
  private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
  private CertificateReloader reloader;
  private volatile boolean draining;
  private volatile boolean closed;
  private int port;

  private AdmissionServer(
      ServerSettings settings,
      Vertx vertx,
      ReviewEvaluator evaluator,
      NamespaceLabels namespaces,
      ServerLog log) {
    this.settings = settings;
    this.vertx = vertx;
    this.evaluator = evaluator;
    this.namespaces = namespaces;
    this.log = log;
    this.metrics = new AdmissionMetrics();
    metrics.trackInFlight(evaluator::inFlight);
  }

  /**
   * Loads the certificate, binds and starts serving.
   *
   * @throws CertificateProblem when the certificate or key cannot serve
   * @throws IOException when the port cannot be bound
   */
  public static AdmissionServer start(
      ServerSettings settings, ReviewHandler handler, NamespaceLabels namespaces, ServerLog log)
      throws CertificateProblem, IOException {
    Vertx vertx =
        Vertx.vertx(
            new VertxOptions()
                .setEventLoopPoolSize(settings.eventLoops())
                // Vert.x workers only read the PEM files; reviews run on our own pool.
                .setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
    ReviewEvaluator evaluator =
        new ReviewEvaluator(handler, settings.workers(), settings.maxInFlight());
    AdmissionServer server = new AdmissionServer(settings, vertx, evaluator, namespaces, log);
    try {
      server.listen();
      return server;
    } catch (CertificateProblem | IOException | RuntimeException e) {
      evaluator.close();
      vertx.close().toCompletionStage().toCompletableFuture().join();
      throw e;
    }
  }

  private void listen() throws CertificateProblem, IOException {
    ServingCertificate certificate =
        ServingCertificate.load(vertx, settings.certFile(), settings.keyFile());
    HttpServerOptions options =
        new HttpServerOptions()
            .setHost(settings.host())
            .setPort(settings.port())
            .setSsl(true)
            .setKeyCertOptions(certificate.options())
            .setEnabledSecureTransportProtocols(TLS_PROTOCOLS)
            .setUseAlpn(true)
            .setAlpnVersions(List.of(HttpVersion.HTTP_2, HttpVersion.HTTP_1_1))
            .setIdleTimeout(IDLE_TIMEOUT_SECONDS)
            .setIdleTimeoutUnit(TimeUnit.SECONDS)
            .setTcpNoDelay(true)
            .setDecompressionSupported(false)
            .setCompressionSupported(false);
    JsonMapper mapper = JsonMapper.builder().build();
    FailureResponses failures = new FailureResponses(mapper, settings);
    AdmissionRoutes routes =
        new AdmissionRoutes(
            vertx,
            mapper,
            evaluator,
            failures,
            metrics,
            log,
            settings,
            this::notReadyReason,
            () -> draining);
    // One server per event loop: a Vert.x server handles its connections on the loop that created
    // it, and servers on the same host and port (port 0 included) share the listening socket.
    List<Future<?>> deployments = new ArrayList<>();
    for (int i = 0; i < settings.eventLoops(); i++) {
      boolean first = i == 0;
      Future<String> deployed =
          vertx.deployVerticle(
              new io.vertx.core.VerticleBase() {
                @Override
                public Future<?> start() {
                  HttpServer server =
                      vertx
                          .createHttpServer(options)
                          .requestHandler(routes)
                          .connectionHandler(connection -> metrics.connectionOpened());
                  servers.add(server);
                  return server.listen();
                }
              });
      try {
        deployed.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IOException(
            "cannot listen on " + settings.host() + ":" + settings.port() + ": " + rootMessage(e),
            e);
      }
      if (first) {
        port = servers.get(0).actualPort();
      }
      deployments.add(deployed);
    }
    metrics.certificateLoaded(certificate.notAfter());
    reloader =
        new CertificateReloader(
            vertx,
            settings,
            certificate,
            servers,
            new ServerSSLOptions(options.getSslOptions()),
            metrics,
            log);
    reloader.start(Math.max(10, settings.certPollInterval().toMillis()));
    log.info(
        "listening",
        "https://"
            + settings.host()
            + ":"
            + port
            + " event-loops="
            + settings.eventLoops()
            + " workers="
            + settings.workers()
            + " max-in-flight="
            + settings.maxInFlight()
            + " timeout="
            + settings.timeout().toMillis()
            + "ms on-timeout="
            + settings.failureAnswer().name().toLowerCase()
            + " certificate serial="
            + certificate.serial()
            + " valid until "
            + certificate.notAfter());
  }

  /** The bound port (the chosen one when the settings asked for 0). */
  public int port() {
    return port;
  }

  public AdmissionMetrics metrics() {
    return metrics;
  }

  /** Null when ready to serve; otherwise why not. */
  public String notReadyReason() {
    if (draining || closed) {
      return "shutting down";
    }
    if (reloader == null || reloader.current() == null) {
      return "no certificate loaded";
    }
    if (!namespaces.synced()) {
      return "namespace labels not synced yet";
    }
    return null;
  }

  public boolean ready() {
    return notReadyReason() == null;
  }

  /**
   * Graceful shutdown: readiness turns false, the server keeps answering for the drain delay
   * (closing HTTP/1.1 connections after each answer), then stops listening, lets in-flight requests
   * finish within the grace period, and stops. Safe to call more than once.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    long begun = System.nanoTime();
    draining = true;
    log.info(
        "shutdown-started",
        "in-flight="
            + evaluator.inFlight()
            + " drain="
            + settings.drainDelay().toMillis()
            + "ms grace="
            + settings.shutdownGrace().toMillis()
            + "ms");
    sleep(settings.drainDelay());
    List<Future<?>> shutdowns = new ArrayList<>();
    for (HttpServer server : servers) {
      shutdowns.add(server.shutdown(settings.shutdownGrace()));
    }
    Duration grace = settings.shutdownGrace().plusSeconds(5);
    try {
      Future.all(shutdowns)
          .toCompletionStage()
          .toCompletableFuture()
          .get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      log.warn(
          "shutdown-forced", "connections still open after the grace period: " + rootMessage(e));
    }
    closed = true;
    if (reloader != null) {
      reloader.stop();
    }
    evaluator.close(1000);
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("shutdown-forced", "event loops did not stop: " + rootMessage(e));
    }
    log.info(
        "shutdown-complete",
        "took " + Duration.ofNanos(System.nanoTime() - begun).toMillis() + "ms");
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
