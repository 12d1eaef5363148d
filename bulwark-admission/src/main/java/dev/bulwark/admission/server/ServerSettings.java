package dev.bulwark.admission.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the admission server listens, limits and fails.
 *
 * @param host address to bind
 * @param port TCP port; 0 picks a free one
 * @param certFile PEM certificate chain, re-read when it changes
 * @param keyFile PEM private key, re-read when it changes
 * @param timeout evaluation budget per review, counted from the request's arrival
 * @param failureAnswer answer for reviews not evaluated in time, shed or failed
 * @param maxRequestBytes largest accepted request body
 * @param maxInFlight reviews being evaluated or waiting for a worker; more are shed
 * @param workers threads that run the review handler
 * @param eventLoops Vert.x event loops (TLS and HTTP)
 * @param certPollInterval how often the PEM files are compared with the loaded ones
 * @param drainDelay after shutdown begins, how long the server keeps serving (and closing
 *     keep-alive connections after each answer) so load balancers can stop sending new ones
 * @param shutdownGrace how long in-flight requests may take to finish once listening stops
 */
public record ServerSettings(
    String host,
    int port,
    Path certFile,
    Path keyFile,
    Duration timeout,
    FailureAnswer failureAnswer,
    long maxRequestBytes,
    int maxInFlight,
    int workers,
    int eventLoops,
    Duration certPollInterval,
    Duration drainDelay,
    Duration shutdownGrace) {

  /** 3 MiB: an etcd object is at most ~1.5 MiB and a review can carry object and oldObject. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 3L * 1024 * 1024;

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(certFile, "certFile");
    Objects.requireNonNull(keyFile, "keyFile");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(failureAnswer, "failureAnswer");
    Objects.requireNonNull(certPollInterval, "certPollInterval");
    Objects.requireNonNull(drainDelay, "drainDelay");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, got " + port);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (maxRequestBytes <= 0 || maxRequestBytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxRequestBytes must be 1.." + Integer.MAX_VALUE);
    }
    if (maxInFlight < 1 || workers < 1 || eventLoops < 1) {
      throw new IllegalArgumentException("maxInFlight, workers and eventLoops must be at least 1");
    }
  }

  /**
   * Production defaults: all interfaces, a 2 s budget (well inside any webhook {@code
   * timeoutSeconds}, while a review costs microseconds), allow on failure, event loops and workers
   * = cores.
   */
  public static ServerSettings defaults(int port, Path certFile, Path keyFile) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ServerSettings(
        "0.0.0.0",
        port,
        certFile,
        keyFile,
        Duration.ofSeconds(2),
        FailureAnswer.ALLOW,
        DEFAULT_MAX_REQUEST_BYTES,
        256,
        cores,
        cores,
        Duration.ofSeconds(5),
        Duration.ofSeconds(3),
        Duration.ofSeconds(20));
  }

  public ServerSettings withHost(String value) {
    return edit(e -> e.host = value);
  }

  public ServerSettings withPort(int value) {
    return edit(e -> e.port = value);
  }

  public ServerSettings withTimeout(Duration value, FailureAnswer answer) {
    return edit(
        e -> {
          e.timeout = value;
          e.failureAnswer = answer;
        });
  }

  public ServerSettings withMaxRequestBytes(long value) {
    return edit(e -> e.maxRequestBytes = value);
  }

  public ServerSettings withConcurrency(int inFlight, int workerThreads, int loops) {
    return edit(
        e -> {
          e.maxInFlight = inFlight;
          e.workers = workerThreads;
          e.eventLoops = loops;
        });
  }

  public ServerSettings withCertPollInterval(Duration value) {
    return edit(e -> e.certPollInterval = value);
  }

  public ServerSettings withShutdown(Duration drain, Duration grace) {
    return edit(
        e -> {
          e.drainDelay = drain;
          e.shutdownGrace = grace;
        });
  }

  /** A copy with some components changed; the canonical constructor validates the result. */
  private ServerSettings edit(Consumer<Editor> change) {
    Editor editor = new Editor(this);
    change.accept(editor);
    return editor.build();
  }

  /** The components of one settings value, open for change while a copy is made. */
  private static final class Editor {
    String host;
    int port;
    Path certFile;
    Path keyFile;
    Duration timeout;
    FailureAnswer failureAnswer;
    long maxRequestBytes;
    int maxInFlight;
    int workers;
    int eventLoops;
    Duration certPollInterval;
    Duration drainDelay;
    Duration shutdownGrace;

    Editor(ServerSettings from) {
      host = from.host;
      port = from.port;
      certFile = from.certFile;
      keyFile = from.keyFile;
      timeout = from.timeout;
      failureAnswer = from.failureAnswer;
      maxRequestBytes = from.maxRequestBytes;
      maxInFlight = from.maxInFlight;
      workers = from.workers;
      eventLoops = from.eventLoops;
      certPollInterval = from.certPollInterval;
      drainDelay = from.drainDelay;
      shutdownGrace = from.shutdownGrace;
    }

    ServerSettings build() {
      return new ServerSettings(
          host,
          port,
          certFile,
          keyFile,
          timeout,
          failureAnswer,
          maxRequestBytes,
          maxInFlight,
          workers,
          eventLoops,
          certPollInterval,
          drainDelay,
          shutdownGrace);
    }
  }
}
