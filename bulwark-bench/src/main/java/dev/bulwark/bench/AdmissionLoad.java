package dev.bulwark.bench;

import io.netty.channel.EventLoop;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemTrustOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load client for the admission webhook: keep-alive TLS connections (HTTP/1.1, or HTTP/2 with
 * {@code --protocol h2}) posting a typical Pod AdmissionReview (unique uid each) to {@code
 * /validate}.
 *
 * <ul>
 *   <li>{@code closed}: {@code --concurrency} requests always outstanding (default: one per
 *       connection; with HTTP/2 several streams share a connection); maximum throughput.
 *   <li>{@code open}: a fixed arrival rate; latency is measured from each request's intended send
 *       time, so a stalled server cannot hide its queue (no coordinated omission).
 * </ul>
 *
 * Every run is bounded by a duration and a request count. After the warm-up come {@code --windows}
 * measured windows of {@code --duration} seconds each (default 1); each prints one line of
 * key=value figures, so one warmed-up client gives several samples of its percentiles.
 *
 * <p>Usage: {@code AdmissionLoad --url https://127.0.0.1:8443/validate --ca ca.crt --mode closed
 * --connections 16 --warmup 5 --duration 15 [--protocol h2] [--concurrency 64] [--rate 2000]
 * [--max-requests 2000000]}
 */
public final class AdmissionLoad {
  private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);

  private final Map<String, String> args;
  private final Vertx vertx;
  private final HttpClientAgent client;
  private final RequestOptions target;
  private final byte[] prefix;
  private final byte[] suffix;
  private final AtomicLong uids = new AtomicLong();
  // Off only to measure a reference server that cannot echo the uid (the machine's floor).
  private final boolean checkUid;

  // Touched only on the client's single event loop.
  private Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
  private Histogram sendLag = new Histogram(HIGHEST_MICROS, 3);
  // Every measured window together, for one set of percentiles over the whole run.
  private final Histogram allWindows = new Histogram(HIGHEST_MICROS, 3);
  private long allAnswered;
  private long allErrors;
  private long ok;
  private long errors;
  private long failureAnswers;
  private long sent;
  private boolean measuring;
  private String firstError;

  private AdmissionLoad(Map<String, String> args) throws IOException {
    this.args = args;
    this.checkUid = Boolean.parseBoolean(args.getOrDefault("check-uid", "true"));
    String review = compactReview();
    int at = review.indexOf("@UID@");
    this.prefix = review.substring(0, at).getBytes(StandardCharsets.UTF_8);
    this.suffix = review.substring(at + 5).getBytes(StandardCharsets.UTF_8);
    int connections = Integer.parseInt(args.getOrDefault("connections", "16"));
    boolean http2 = args.getOrDefault("protocol", "h1").equals("h2");
    this.vertx =
        Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setPreferNativeTransport(true));
    java.net.URI url =
        java.net.URI.create(args.getOrDefault("url", "https://127.0.0.1:8443/validate"));
    HttpClientOptions options =
        new HttpClientOptions()
            .setSsl(true)
            .setTrustOptions(new PemTrustOptions().addCertPath(args.get("ca")))
            .setVerifyHost(false)
            .setProtocolVersion(http2 ? HttpVersion.HTTP_2 : HttpVersion.HTTP_1_1)
            .setUseAlpn(http2)
            .setKeepAlive(true)
            .setPipelining(false)
            .setTcpNoDelay(true);
    this.client =
        vertx
            .httpClientBuilder()
            .with(options)
            .with(
                new PoolOptions()
                    .setHttp1MaxSize(connections)
                    .setHttp2MaxSize(connections)
                    .setMaxWaitQueueSize(-1))
            .build();
    this.target =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setHost(url.getHost())
            .setPort(url.getPort())
            .setURI(url.getPath())
            .putHeader("content-type", "application/json");
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
    }
    if (!args.containsKey("ca")) {
      System.err.println(
          "usage: AdmissionLoad --ca CA.pem [--url U] [--mode closed|open] [--protocol h1|h2]"
              + " [--connections N] [--concurrency N] [--rate R] [--warmup S] [--duration S]"
              + " [--windows N] [--max-requests N]");
      System.exit(2);
    }
    AdmissionLoad load = new AdmissionLoad(args);
    try {
      load.run();
    } finally {
      load.client.close().await(10, TimeUnit.SECONDS);
      load.vertx.close().await(10, TimeUnit.SECONDS);
    }
  }

  /** Runs the warm-up, then {@code --windows} measured windows, printing a line per window. */
  private void run() throws Exception {
    String mode = args.getOrDefault("mode", "closed");
    int connections = Integer.parseInt(args.getOrDefault("connections", "16"));
    int concurrency =
        Integer.parseInt(args.getOrDefault("concurrency", String.valueOf(connections)));
    long warmupMillis = (long) (Double.parseDouble(args.getOrDefault("warmup", "5")) * 1000);
    long durationMillis = (long) (Double.parseDouble(args.getOrDefault("duration", "15")) * 1000);
    int windows = Integer.parseInt(args.getOrDefault("windows", "1"));
    long maxRequests = Long.parseLong(args.getOrDefault("max-requests", "5000000"));
    double rate = Double.parseDouble(args.getOrDefault("rate", "2000"));
    String settings =
        String.format(
            "mode=%s protocol=%s transport=%s connections=%d concurrency=%d rate=%s",
            mode,
            args.getOrDefault("protocol", "h1"),
            vertx.isNativeTransportEnabled() ? "epoll" : "nio",
            connections,
            mode.equals("open") ? connections : concurrency,
            mode.equals("open") ? String.valueOf((long) rate) : "-");
    CountDownLatch done = new CountDownLatch(1);
    long[] windowStart = new long[1];
    vertx.runOnContext(
        ignored -> {
          long begin = System.nanoTime();
          long measureFrom = begin + TimeUnit.MILLISECONDS.toNanos(warmupMillis);
          long end = measureFrom + TimeUnit.MILLISECONDS.toNanos(durationMillis * windows);
          for (int w = 0; w < windows; w++) {
            boolean first = w == 0;
            vertx.setTimer(
                Math.max(1, warmupMillis + w * durationMillis),
                t -> {
                  long now = System.nanoTime();
                  if (!first) {
                    System.out.println(settings + " " + figures(now - windowStart[0]));
                  }
                  startWindow();
                  windowStart[0] = now;
                });
          }
          Runnable finish =
              () -> {
                if (done.getCount() > 0) {
                  long now = System.nanoTime();
                  measuring = false;
                  System.out.println(settings + " " + figures(now - windowStart[0]));
                  if (windows > 1) {
                    System.out.println(settings + " " + allFigures(windows));
                  }
                  done.countDown();
                }
              };
          if (mode.equals("open")) {
            openLoop(begin, end, rate, maxRequests, finish);
          } else {
            for (int i = 0; i < concurrency; i++) {
              closedLoop(end, maxRequests, finish);
            }
          }
        });
    long budget = warmupMillis + durationMillis * windows + 120_000;
    if (!done.await(budget, TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("the run did not finish in time");
    }
    // Let in-flight requests finish before closing (they are not counted).
    Thread.sleep(200);
  }

  private String allFigures(int windows) {
    return String.format(
        "window=all windows=%d answered=%d errors=%d %s",
        windows, allAnswered, allErrors, latencies(allWindows));
  }

  /** The latency percentiles and maximum of a histogram of microseconds, in milliseconds. */
  private static String latencies(Histogram micros) {
    return String.format(
        "p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f p99_9_ms=%.3f max_ms=%.3f",
        micros.getValueAtPercentile(50) / 1000.0,
        micros.getValueAtPercentile(90) / 1000.0,
        micros.getValueAtPercentile(99) / 1000.0,
        micros.getValueAtPercentile(99.9) / 1000.0,
        micros.getMaxValue() / 1000.0);
  }

  private void startWindow() {
    histogram = new Histogram(HIGHEST_MICROS, 3);
    sendLag = new Histogram(HIGHEST_MICROS, 3);
    ok = 0;
    errors = 0;
    failureAnswers = 0;
    firstError = null;
    measuring = true;
  }

  /** The current window's figures; called on the event loop. */
  private String figures(long windowNanos) {
    allWindows.add(histogram);
    allAnswered += ok;
    allErrors += errors;
    double seconds = windowNanos / 1e9;
    return String.format(
        "seconds=%.1f answered=%d errors=%d failure_answers=%d throughput=%.0f/s %s"
            + " send_lag_p50_ms=%.3f send_lag_p99_ms=%.3f client_cpu_s=%.1f%s",
        seconds,
        ok,
        errors,
        failureAnswers,
        (ok + errors) / seconds,
        latencies(histogram),
        sendLag.getValueAtPercentile(50) / 1000.0,
        sendLag.getValueAtPercentile(99) / 1000.0,
        processCpuSeconds(),
        firstError == null ? "" : " first_error=\"" + firstError + "\"");
  }

  /** One outstanding request per connection: the next goes out when the last is answered. */
  private void closedLoop(long endNanos, long maxRequests, Runnable finish) {
    if (System.nanoTime() >= endNanos || sent >= maxRequests) {
      finish.run();
      return;
    }
    long start = System.nanoTime();
    send(start).onComplete(ignored -> closedLoop(endNanos, maxRequests, finish));
  }

  /**
   * Requests at fixed intended times, paced by a Netty task scheduled in nanoseconds on the
   * client's event loop (with the epoll transport its wait is a timerfd, precise to microseconds).
   * Vert.x timers only fire on whole milliseconds, and at 2,000/s that rounding alone would put up
   * to a millisecond of the client's own waiting into every latency. The lateness that remains is
   * measured apart ({@code send_lag}) and still counts in the latency, which runs from the intended
   * time.
   */
  private void openLoop(long begin, long endNanos, double rate, long maxRequests, Runnable finish) {
    double intervalNanos = 1e9 / rate;
    EventLoop loop = ((ContextInternal) Vertx.currentContext()).nettyEventLoop();
    long[] next = {0};
    Runnable[] tick = new Runnable[1];
    tick[0] =
        () -> {
          long now = System.nanoTime();
          long intended = begin + (long) (next[0] * intervalNanos);
          while (intended <= now) {
            if (intended >= endNanos || next[0] >= maxRequests) {
              finish.run();
              return;
            }
            next[0]++;
            send(intended);
            intended = begin + (long) (next[0] * intervalNanos);
          }
          loop.schedule(tick[0], intended - System.nanoTime(), TimeUnit.NANOSECONDS);
        };
    loop.execute(tick[0]);
  }

  /** Sends one review; latency runs from {@code intendedNanos} to the end of the response. */
  private Future<Void> send(long intendedNanos) {
    sent++;
    if (measuring) {
      sendLag.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - intendedNanos) / 1000));
    }
    String uid = "load-" + uids.incrementAndGet();
    Buffer body =
        Buffer.buffer(prefix.length + suffix.length + 24)
            .appendBytes(prefix)
            .appendString(uid)
            .appendBytes(suffix);
    boolean counted = measuring;
    return client
        .request(target)
        .compose(request -> request.send(body))
        .compose(response -> response.body().map(b -> new Object[] {response.statusCode(), b}))
        .map(
            result -> {
              int status = (int) result[0];
              String text = ((Buffer) result[1]).toString(StandardCharsets.UTF_8);
              if (counted && measuring) {
                if (status == 200 && (!checkUid || text.contains("\"uid\":\"" + uid + "\""))) {
                  ok++;
                  if (text.contains("bulwark-evaluation")) {
                    failureAnswers++;
                  }
                  histogram.recordValue(
                      Math.min(HIGHEST_MICROS, (System.nanoTime() - intendedNanos) / 1000));
                } else {
                  error("HTTP " + status + " " + text.substring(0, Math.min(120, text.length())));
                }
              }
              return (Void) null;
            })
        .recover(
            failure -> {
              if (counted && measuring) {
                error(failure.toString());
              }
              return Future.succeededFuture();
            });
  }

  private void error(String what) {
    errors++;
    if (firstError == null) {
      firstError = what.replace('"', '\'');
    }
  }

  /** This JVM's CPU time so far (warm-up included), to compare with the server's. */
  private static double processCpuSeconds() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() / 1e9
        : Double.NaN;
  }

  private static String compactReview() throws IOException {
    try (InputStream in = AdmissionLoad.class.getResourceAsStream("/admission-review-pod.json")) {
      JsonMapper mapper = JsonMapper.builder().build();
      return mapper.writeValueAsString(mapper.readTree(in));
    }
  }
}
