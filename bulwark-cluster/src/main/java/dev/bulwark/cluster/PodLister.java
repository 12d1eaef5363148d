package dev.bulwark.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists the pods of one namespace with paged LISTs, giving up at a deadline: the live listing
 * upstream Pod Security admission does when a Namespace's enforce level tightens.
 */
public final class PodLister implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final KubernetesClient client;
  private final boolean ownsClient;
  private final int pageSize;

  private PodLister(KubernetesClient client, boolean ownsClient, int pageSize) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.pageSize = pageSize;
  }

  /** Connects with the kubeconfig rules of {@link ClusterOptions}; pages of its page size. */
  public static PodLister connect(ClusterOptions options) {
    return new PodLister(
        ClusterConnection.client(ClusterConnection.config(options)), true, options.pageSize());
  }

  /** Lists through a client the caller keeps (and closes). */
  static PodLister using(KubernetesClient client, int pageSize) {
    return new PodLister(client, false, pageSize);
  }

  /**
   * Every pod of the namespace, as the API server serialises it.
   *
   * @throws IOException when the API server fails, refuses, or the deadline passes first
   */
  public List<JsonNode> list(String namespace, Instant deadline) throws IOException {
    List<JsonNode> pods = new ArrayList<>();
    HttpClient http = client.getHttpClient();
    String token = null;
    do {
      HttpRequest request = http.newHttpRequestBuilder().uri(url(namespace, token)).build();
      CompletableFuture<HttpResponse<String>> call = http.sendAsync(request, String.class);
      HttpResponse<String> response;
      try {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
          throw new TimeoutException();
        }
        response = call.get(left.toMillis() + 1, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        call.cancel(true);
        throw new IOException("listing pods in namespace " + namespace + " did not finish in time");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while listing pods", e);
      } catch (ExecutionException e) {
        throw new IOException(
            "cannot list pods in namespace " + namespace + ": " + e.getCause(), e);
      }
      if (response.code() != 200) {
        throw new IOException(
            "listing pods in namespace " + namespace + " failed with HTTP " + response.code());
      }
      JsonNode page;
      try {
        page = JSON.readTree(response.body());
      } catch (JacksonException e) {
        throw new IOException("the API server sent an unreadable pod list", e);
      }
      JsonNode items = page.path("items");
      for (int i = 0; items.isArray() && i < items.size(); i++) {
        pods.add(items.get(i));
      }
      JsonNode next = page.path("metadata").path("continue");
      token = next.isString() && !next.stringValue().isEmpty() ? next.stringValue() : null;
    } while (token != null);
    return pods;
  }

  private String url(String namespace, String token) {
    String base = client.getMasterUrl().toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    StringBuilder url =
        new StringBuilder(base)
            .append("/api/v1/namespaces/")
            .append(URLEncoder.encode(namespace, StandardCharsets.UTF_8))
            .append("/pods?limit=")
            .append(pageSize);
    if (token != null) {
      url.append("&continue=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
    return url.toString();
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }
}
