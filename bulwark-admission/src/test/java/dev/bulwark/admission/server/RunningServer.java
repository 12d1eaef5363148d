package dev.bulwark.admission.server;

import dev.bulwark.admission.NamespaceLabels;
import dev.bulwark.admission.ReviewHandler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A real admission server on an ephemeral port with a test CA, and clients that trust it. */
final class RunningServer implements AutoCloseable {
  final TestPki pki;
  final SecretVolume volume;
  final TestPki.Issued issued;
  final AdmissionServer server;
  final HttpClient http1;
  final HttpClient http2;
  private final ByteArrayOutputStream logBytes;

  private RunningServer(
      TestPki pki,
      SecretVolume volume,
      TestPki.Issued issued,
      AdmissionServer server,
      ByteArrayOutputStream logBytes)
      throws Exception {
    this.pki = pki;
    this.volume = volume;
    this.issued = issued;
    this.server = server;
    this.logBytes = logBytes;
    this.http1 = client(pki, HttpClient.Version.HTTP_1_1);
    this.http2 = client(pki, HttpClient.Version.HTTP_2);
  }

  static RunningServer start(Path dir, ReviewHandler handler, NamespaceLabels labels)
      throws Exception {
    return start(dir, handler, labels, UnaryOperator.identity());
  }

  static RunningServer start(
      Path dir, ReviewHandler handler, NamespaceLabels labels, UnaryOperator<ServerSettings> tweak)
      throws Exception {
    TestPki pki = TestPki.create();
    SecretVolume volume = new SecretVolume(dir.resolve("tls"));
    TestPki.Issued issued = pki.issue("bulwark-webhook");
    volume.publish(issued);
    ServerSettings settings = tweak.apply(testSettings(volume, 0));
    ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
    AdmissionServer server = AdmissionServer.start(settings, handler, labels, new ServerLog(log));
    return new RunningServer(pki, volume, issued, server, logBytes);
  }

  static ServerSettings testSettings(SecretVolume volume, int port) {
    return ServerSettings.defaults(port, volume.certFile(), volume.keyFile())
        .withHost("127.0.0.1")
        .withConcurrency(64, 2, 2)
        .withCertPollInterval(Duration.ofMillis(100))
        .withShutdown(Duration.ZERO, Duration.ofSeconds(5));
  }

  static HttpClient client(TestPki pki, HttpClient.Version version) throws Exception {
    return HttpClient.newBuilder()
        .sslContext(pki.clientContext())
        .version(version)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  URI uri(String path) {
    return URI.create("https://127.0.0.1:" + server.port() + path);
  }

  HttpResponse<String> post(String path, byte[] body) throws Exception {
    return send(
        http1,
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(http1, HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
    return client.send(
        request.timeout(Duration.ofSeconds(10)).header("content-type", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String metrics() throws Exception {
    return get("/metrics").body();
  }

  String log() {
    return logBytes.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
