package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark admission serve} as a real process (the runnable jar): a certificate made with the
 * JDK's keytool, Namespace manifests, a Pod review over TLS, then SIGTERM and a graceful stop.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class AdmissionServeIT {
  private static final Pattern LISTENING =
      Pattern.compile("listening https://127\\.0\\.0\\.1:(\\d+) ");

  @TempDir Path dir;

  @Test
  void servesReviewsAndStopsGracefullyOnSigterm() throws Exception {
    Path keystore = dir.resolve("tls.p12");
    run(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair",
            "-keystore",
            keystore.toString(),
            "-storetype",
            "PKCS12",
            "-storepass",
            "changeit",
            "-alias",
            "webhook",
            "-keyalg",
            "EC",
            "-groupname",
            "secp256r1",
            "-dname",
            "CN=bulwark-webhook",
            "-ext",
            "san=ip:127.0.0.1,dns:localhost",
            "-validity",
            "2"));
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keystore)) {
      store.load(in, "changeit".toCharArray());
    }
    Path cert =
        Files.writeString(
            dir.resolve("tls.crt"),
            pem("CERTIFICATE", store.getCertificate("webhook").getEncoded()));
    Path key =
        Files.writeString(
            dir.resolve("tls.key"),
            pem("PRIVATE KEY", store.getKey("webhook", "changeit".toCharArray()).getEncoded()));
    Path namespaces =
        Files.writeString(
            dir.resolve("namespaces.yaml"),
            "apiVersion: v1\n"
                + "kind: Namespace\n"
                + "metadata:\n"
                + "  name: locked\n"
                + "  labels:\n"
                + "    pod-security.kubernetes.io/enforce: baseline\n");

    // The runnable jar that `package` built, as it is deployed.
    Path jar =
        Path.of(
            System.getProperty("bulwark.repo.dir", ".."), "bulwark-cli", "target", "bulwark.jar");
    assertThat(jar).as("run through `./mvnw verify`, which builds the jar first").exists();
    Path stderr = dir.resolve("stderr.log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "admission",
                "serve",
                "--port",
                "0",
                "--host",
                "127.0.0.1",
                "--tls-cert",
                cert.toString(),
                "--tls-key",
                key.toString(),
                "--namespaces",
                namespaces.toString(),
                "--drain-seconds",
                "0",
                "--grace-seconds",
                "5")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            // A file, not a pipe: the JDK closes a pipe under its reader when the process exits,
            // which would lose the last lines (the shutdown log this test checks).
            .redirectError(stderr.toFile())
            .start();
    try {
      int port = awaitPort(stderr);
      HttpClient client = HttpClient.newBuilder().sslContext(trusting(store)).build();
      HttpResponse<String> ready =
          client.send(
              HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/readyz")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).isEqualTo(200);
      String review =
          """
          {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"cli-1",
          "kind":{"group":"","version":"v1","kind":"Pod"},"resource":{"group":"","version":"v1","resource":"pods"},
          "name":"priv","namespace":"locked","operation":"CREATE","userInfo":{"username":"alice"},
          "object":{"apiVersion":"v1","kind":"Pod","metadata":{"name":"priv","namespace":"locked"},
          "spec":{"containers":[{"name":"app","image":"nginx:1.27","securityContext":{"privileged":true}}]}}}}
          """;
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/validate"))
                  .POST(HttpRequest.BodyPublishers.ofString(review))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body())
          .contains("\"uid\":\"cli-1\"")
          .contains("\"allowed\":false")
          .contains(
              "pods \\\"priv\\\" is forbidden: violates PodSecurity \\\"baseline:latest\\\":"
                  + " privileged");

      long signalled = System.nanoTime();
      process.destroy(); // SIGTERM
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      List<String> log = Files.readAllLines(stderr);
      System.out.println(
          "stopped " + (System.nanoTime() - signalled) / 1_000_000 + " ms after SIGTERM");
      assertThat(process.exitValue()).isEqualTo(143);
      assertThat(String.join("\n", log))
          .as(String.join("\n", log))
          .contains(" INFO shutdown-started ")
          .contains(" INFO shutdown-complete ");
      assertThat(log)
          .allMatch(
              line -> line.matches("\\d{4}-\\d\\d-\\d\\dT\\S+ (INFO|WARN|ERROR) \\S+ .*"),
              "one line per event");
    } finally {
      process.destroyForcibly();
    }
  }

  private static int awaitPort(Path stderr) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    List<String> log = List.of();
    while (System.nanoTime() < deadline) {
      log = Files.readAllLines(stderr);
      for (String line : log) {
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the server never said it was listening:\n" + String.join("\n", log));
  }

  private static SSLContext trusting(KeyStore store) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("webhook", store.getCertificate("webhook"));
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static void run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
  }
}
