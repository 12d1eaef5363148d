package dev.bulwark.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
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
 * Load client for the admission webhook: HTTP/1.1 keep-alive over TLS with N connections, posting a
 * typical Pod AdmissionReview (unique uid each) to {@code /validate}.
 *
 * <ul>
 *   <li>{@code closed}: N requests always outstanding (one per connection); maximum throughput.
 *   <li>{@code open}: a fixed arrival rate; latency is measured from each request's intended send
 *       time, so a stalled server cannot hide its queue (no coordinated omission).
 * </ul>
 *
 * Every run is bounded by a duration and a request count. Output: one line of key=value figures.
 *
 * <p>Usage: {@code AdmissionLoad --url https://127.0.0.1:8443/validate --ca ca.crt --mode closed
 * --connections 16 --warmup 5 --duration 15 [--rate 2000] [--max-requests 2000000]}
 */
public final class AdmissionLoad {
  private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);
  private static final int BURST = 64;

  private final Map<String, String> args;
  private final Vertx vertx;
  private final HttpClientAgent client;
  private final RequestOptions target;
  private final byte[] prefix;
  private final byte[] suffix;
  private final AtomicLong uids = new AtomicLong();

  // Touched only on the client's single event loop.
  private Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
  private long ok;
  private long errors;
  private long failureAnswers;
  private long sent;
  private boolean measuring;
  private String firstError;

  private AdmissionLoad(Map<String, String> args) throws IOException {
    this.args = args;
    String review = compactReview();
    int at = review.indexOf("@UID@");
    this.prefix = review.substring(0, at).getBytes(StandardCharsets.UTF_8);
    this.suffix = review.substring(at + 5).getBytes(StandardCharsets.UTF_8);
    int connections = Integer.parseInt(args.getOrDefault("connections", "16"));
    this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    java.net.URI url =
        java.net.URI.create(args.getOrDefault("url", "https://127.0.0.1:8443/validate"));
    HttpClientOptions options =
        new HttpClientOptions()
            .setSsl(true)
            .setTrustOptions(new PemTrustOptions().addCertPath(args.get("ca")))
            .setVerifyHost(false)
            .setProtocolVersion(HttpVersion.HTTP_1_1)
            .setKeepAlive(true)
            .setPipelining(false)
            .setTcpNoDelay(true);
    this.client =
        vertx
            .httpClientBuilder()
            .with(options)
            .with(new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1))
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
          "usage: AdmissionLoad --ca CA.pem [--url U] [--mode closed|open] [--connections N]"
              + " [--rate R] [--warmup S] [--duration S] [--max-requests N]");
      System.exit(2);
    }
    AdmissionLoad load = new AdmissionLoad(args);
    try {
      System.out.println(load.run());
    } finally {
      load.client.close().await(10, TimeUnit.SECONDS);
      load.vertx.close().await(10, TimeUnit.SECONDS);
    }
  }

  private String run() throws Exception {
    String mode = args.getOrDefault("mode", "closed");
    int connections = Integer.parseInt(args.getOrDefault("connections", "16"));
    long warmupMillis = (long) (Double.parseDouble(args.getOrDefault("warmup", "5")) * 1000);
    long durationMillis = (long) (Double.parseDouble(args.getOrDefault("duration", "15")) * 1000);
    long maxRequests = Long.parseLong(args.getOrDefault("max-requests", "5000000"));
    double rate = Double.parseDouble(args.getOrDefault("rate", "2000"));
    CountDownLatch done = new CountDownLatch(1);
    long[] window = new long[2];
    vertx.runOnContext(
        ignored -> {
          long begin = System.nanoTime();
          long measureFrom = begin + TimeUnit.MILLISECONDS.toNanos(warmupMillis);
          long end = measureFrom + TimeUnit.MILLISECONDS.toNanos(durationMillis);
          vertx.setTimer(
              Math.max(1, warmupMillis),
              t -> {
                histogram = new Histogram(HIGHEST_MICROS, 3);
                ok = 0;
                errors = 0;
                failureAnswers = 0;
                measuring = true;
                window[0] = System.nanoTime();
              });
          Runnable finish =
              () -> {
                if (done.getCount() > 0) {
                  window[1] = System.nanoTime();
                  measuring = false;
                  done.countDown();
                }
              };
          if (mode.equals("open")) {
            openLoop(begin, end, rate, maxRequests, finish);
          } else {
            for (int i = 0; i < connections; i++) {
              closedLoop(end, maxRequests, finish);
            }
          }
        });
    if (!done.await(warmupMillis + durationMillis + 120_000, TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("the run did not finish in time");
    }
    // Let in-flight requests finish before closing (they are not counted).
    Thread.sleep(200);
    CountDownLatch report = new CountDownLatch(1);
    String[] line = new String[1];
    vertx.runOnContext(
        ignored -> {
          double seconds = (window[1] - window[0]) / 1e9;
          line[0] =
              String.format(
                  "mode=%s connections=%d rate=%s seconds=%.1f answered=%d errors=%d"
                      + " failure_answers=%d throughput=%.0f/s p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f"
                      + " p99_9_ms=%.3f max_ms=%.3f client_cpu_s=%.1f%s",
                  mode,
                  connections,
                  mode.equals("open") ? String.valueOf((long) rate) : "-",
                  seconds,
                  ok,
                  errors,
                  failureAnswers,
                  (ok + errors) / seconds,
                  histogram.getValueAtPercentile(50) / 1000.0,
                  histogram.getValueAtPercentile(90) / 1000.0,
                  histogram.getValueAtPercentile(99) / 1000.0,
                  histogram.getValueAtPercentile(99.9) / 1000.0,
                  histogram.getMaxValue() / 1000.0,
                  processCpuSeconds(),
                  firstError == null ? "" : " first_error=\"" + firstError + "\"");
          report.countDown();
        });
    report.await(10, TimeUnit.SECONDS);
    return line[0];
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
   * Requests at fixed intended times; a 1 ms tick sends the requests that are due, at most {@code
   * BURST} per tick so that a late client catches up without starving its own event loop (a late
   * send still counts its latency from the intended time).
   */
  private void openLoop(long begin, long endNanos, double rate, long maxRequests, Runnable finish) {
    double intervalNanos = 1e9 / rate;
    long[] next = {0};
    vertx.setPeriodic(
        1,
        timer -> {
          long now = System.nanoTime();
          for (int burst = 0; burst < BURST; burst++) {
            long intended = begin + (long) (next[0] * intervalNanos);
            if (intended > now) {
              break;
            }
            if (intended >= endNanos || sent >= maxRequests) {
              vertx.cancelTimer(timer);
              finish.run();
              return;
            }
            next[0]++;
            send(intended);
          }
        });
  }

  /** Sends one review; latency runs from {@code intendedNanos} to the end of the response. */
  private Future<Void> send(long intendedNanos) {
    sent++;
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
                if (status == 200 && text.contains("\"uid\":\"" + uid + "\"")) {
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
