package dev.bulwark.admission.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault test: two server instances behind a modelled Service, restarted one after the other
 * (graceful shutdown, then a new instance on the same port) while clients send reviews. The clients
 * behave like the API server: one request per keep-alive connection at a time, a 10 s per-request
 * timeout, and no retries (any I/O error is a lost request). The Service is modelled as a new
 * connection going to an instance whose {@code /readyz} answered 200 at the last probe (every 50
 * ms), which is how endpoints follow readiness; existing connections stay where they are, as with
 * kube-proxy.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RollingRestartIT {
  private static final int CLIENTS = 6;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void restartingBothInstancesInTurnLosesNoRequest() throws Exception {
    TestPki pki = TestPki.create();
    SecretVolume volume = new SecretVolume(dir.resolve("tls"));
    volume.publish(pki.issue("bulwark-webhook"));
    SSLContext tls = pki.clientContext();
    ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    ServerLog log = new ServerLog(new PrintStream(logBytes, true, StandardCharsets.UTF_8));

    AdmissionServer a = start(volume, 0, log);
    AdmissionServer b = start(volume, 0, log);
    int portA = a.port();
    int portB = b.port();
    Endpoints endpoints = new Endpoints(tls, List.of(portA, portB));
    endpoints.start();
    endpoints.awaitReady(2);

    AtomicInteger answered = new AtomicInteger();
    AtomicInteger lost = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    AtomicLong slowestNanos = new AtomicLong();
    Map<Integer, AtomicInteger> servedAfterRestart = new ConcurrentHashMap<>();
    List<String> failures = new CopyOnWriteArrayList<>();
    AtomicInteger restartPhase = new AtomicInteger(); // 0 before, 1 restarting, 2 restarted
    java.util.concurrent.atomic.AtomicBoolean running =
        new java.util.concurrent.atomic.AtomicBoolean(true);

    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () -> {
                Http1Connection connection = null;
                int port = -1;
                int sequence = 0;
                while (running.get()) {
                  String uid = "c" + client + "-" + sequence++;
                  long begun = System.nanoTime();
                  try {
                    if (connection == null) {
                      port = endpoints.pick();
                      connection = new Http1Connection(tls, port, (int) REQUEST_TIMEOUT.toMillis());
                    }
                    Http1Connection.Response response =
                        connection.post("/validate", TestHandlers.review(uid, "web"));
                    slowestNanos.accumulateAndGet(System.nanoTime() - begun, Math::max);
                    if (response.status() == 200
                        && response.text().contains("\"uid\":\"" + uid + "\"")) {
                      answered.incrementAndGet();
                      if (restartPhase.get() == 2) {
                        servedAfterRestart
                            .computeIfAbsent(port, p -> new AtomicInteger())
                            .incrementAndGet();
                      }
                    } else {
                      wrong.incrementAndGet();
                      failures.add(uid + ": HTTP " + response.status() + " " + response.text());
                    }
                    if (response.closesConnection()) {
                      connection.close();
                      connection = null;
                    }
                  } catch (IOException e) {
                    lost.incrementAndGet();
                    failures.add(uid + " to port " + port + ": " + e);
                    closeQuietly(connection);
                    connection = null;
                  }
                }
                closeQuietly(connection);
              },
              "client-" + c);
      thread.start();
      clients.add(thread);
    }

    // A rolling restart, as `kubectl rollout restart` does it: A, then B, under load.
    Thread.sleep(700);
    restartPhase.set(1);
    a.close(); // readiness off, 400 ms drain with Connection: close, then stop listening and drain
    AdmissionServer restartedA = start(volume, portA, log);
    endpoints.awaitReady(2);
    restartPhase.set(2);
    Thread.sleep(300);
    b.close(); // its clients reconnect, and the Service sends them to the restarted A
    AdmissionServer restartedB = start(volume, portB, log);
    endpoints.awaitReady(2);
    Thread.sleep(300);
    running.set(false);

    for (Thread thread : clients) {
      thread.join(20_000);
    }
    endpoints.stop();
    restartedA.close();
    restartedB.close();

    System.out.printf(
        "rolling restart: %d answered, %d lost, %d wrong, slowest %d ms%n",
        answered.get(), lost.get(), wrong.get(), slowestNanos.get() / 1_000_000);
    assertThat(failures).as("lost or wrong answers; server log:\n" + logBytes).isEmpty();
    assertThat(lost.get()).isZero();
    assertThat(wrong.get()).isZero();
    assertThat(answered.get()).isGreaterThan(200);
    assertThat(slowestNanos.get()).isLessThan(REQUEST_TIMEOUT.toNanos());
    // The restarted A took traffic again once B's clients had to move.
    assertThat(servedAfterRestart.getOrDefault(portA, new AtomicInteger()).get()).isPositive();
    assertThat(logBytes.toString(StandardCharsets.UTF_8).split("shutdown-complete", -1)).hasSize(5);
  }

  private static AdmissionServer start(SecretVolume volume, int port, ServerLog log)
      throws Exception {
    ServerSettings settings =
        RunningServer.testSettings(volume, port)
            .withConcurrency(64, 1, 1)
            .withShutdown(Duration.ofMillis(400), Duration.ofSeconds(5));
    return AdmissionServer.start(
        settings, TestHandlers.sleeping(1), TestHandlers.labels(true), log);
  }

  private static void closeQuietly(Http1Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // already broken
      }
    }
  }

  /** The Service's endpoints: instances whose last readiness probe succeeded. */
  private static final class Endpoints {
    private final HttpClient prober;
    private final List<Integer> ports;
    private final List<Integer> ready = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean running = true;
    private Thread thread;

    Endpoints(SSLContext tls, List<Integer> ports) {
      this.prober =
          HttpClient.newBuilder()
              .sslContext(tls)
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(1))
              .build();
      this.ports = ports;
    }

    void start() {
      thread =
          new Thread(
              () -> {
                while (running) {
                  for (int port : ports) {
                    boolean up = probe(port);
                    if (up && !ready.contains(port)) {
                      ready.add(port);
                    } else if (!up) {
                      ready.remove((Integer) port);
                    }
                  }
                  sleep(50);
                }
              },
              "endpoints");
      thread.start();
    }

    void awaitReady(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (ready.size() < count && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(ready).hasSize(count);
    }

    int pick() throws IOException {
      List<Integer> live = List.copyOf(ready);
      if (live.isEmpty()) {
        throw new IOException("no ready endpoint");
      }
      return live.get(Math.floorMod(next.getAndIncrement(), live.size()));
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join(5_000);
    }

    private boolean probe(int port) {
      try {
        HttpResponse<Void> response =
            prober.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/readyz"))
                    .timeout(Duration.ofSeconds(1))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    private static void sleep(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
