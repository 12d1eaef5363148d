package dev.bulwark.cli;

import dev.bulwark.api.Resource;
import dev.bulwark.cluster.ClusterKind;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * fabric8's Kubernetes mock server in CRUD mode over HTTPS, with what the CRUD store lacks: API
 * discovery for the kinds Bulwark reads (minus those marked unserved), LIST paging ({@code
 * limit}/{@code continue}, the token being the offset) and kinds that answer 403.
 */
final class MockCluster implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The mock server logs every request at INFO; kept referenced so the setting sticks. */
  private static final java.util.logging.Logger SERVER_LOG = quiet("io.fabric8.mockwebserver");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  private final KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
  private final Set<String> forbidden = ConcurrentHashMap.newKeySet();
  private final Set<String> unserved = ConcurrentHashMap.newKeySet();
  private final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final AtomicInteger pagedRequests = new AtomicInteger();
  private final KubernetesMockServer server;

  MockCluster() {
    server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), new PagingDispatcher(), true);
    server.init();
  }

  /** LISTs of this resource (plural, e.g. {@code secrets}) answer 403 from now on. */
  void forbid(String plural) {
    forbidden.add(plural);
  }

  /** LISTs of this resource answer normally again. */
  void allow(String plural) {
    forbidden.remove(plural);
  }

  /** Discovery leaves this resource (plural) out, as a cluster without its CRD or API would. */
  void unserve(String plural) {
    unserved.add(plural);
  }

  /** Paths of every request so far. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  /** LIST requests that asked for a page. */
  int pagedRequests() {
    return pagedRequests.get();
  }

  /** Stores objects with a client's POSTs over HTTPS, as kubectl create would. */
  void create(List<Resource> resources) throws Exception {
    try (KubernetesClient client = server.createClient()) {
      HttpClient http = client.getHttpClient();
      String base = server.url("/").replaceAll("/$", "");
      for (Resource r : resources) {
        ClusterKind kind = kindOf(r);
        String prefix = kind.group().isEmpty() ? "/api/v1" : "/apis/" + kind.group() + "/" + kind.version();
        String path =
            kind.namespaced()
                ? prefix + "/namespaces/" + r.namespace() + "/" + kind.plural()
                : prefix + "/" + kind.plural();
        HttpRequest post =
            http.newHttpRequestBuilder()
                .uri(base + path)
                .post("application/json", JSON.writeValueAsString(r.object()))
                .build();
        HttpResponse<String> response = http.sendAsync(post, String.class).get();
        if (!response.isSuccessful()) {
          throw new IllegalStateException("mock server refused " + r.ref() + ": " + response.code());
        }
      }
    }
  }

  static ClusterKind kindOf(Resource r) {
    return ClusterKind.SCANNED.stream()
        .filter(k -> k.kind().equals(r.kind()) && k.apiVersion().equals(r.ref().apiVersion()))
        .findFirst()
        .orElse(null);
  }

  /** A kubeconfig whose only context, {@code mock}, points at this server. */
  Path kubeconfig(Path dir) throws IOException {
    return writeKubeconfig(dir, server.url("/").replaceAll("/$", ""));
  }

  static Path writeKubeconfig(Path dir, String serverUrl) throws IOException {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        clusters:
          - name: mock
            cluster:
              server: %s
              insecure-skip-tls-verify: true
        users:
          - name: mock
            user:
              token: not-a-secret
        contexts:
          - name: mock
            context: {cluster: mock, user: mock}
        current-context: mock
        """
            .formatted(serverUrl));
    return file;
  }

  @Override
  public void close() {
    server.destroy();
  }

  private final class PagingDispatcher extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getPath();
      int query = path.indexOf('?');
      String collection = query < 0 ? path : path.substring(0, query);
      String plural = collection.substring(collection.lastIndexOf('/') + 1);
      requests.add(path);
      String discovery = request.getMethod().equals("GET") ? discovery(collection) : null;
      if (discovery != null) {
        return new MockResponse().setResponseCode(200).setBody(discovery);
      }
      if (request.getMethod().equals("GET") && forbidden.contains(plural)) {
        return new MockResponse()
            .setResponseCode(403)
            .setBody(
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\","
                    + "\"message\":\"" + plural + " is forbidden: User \\\"bulwark\\\" cannot list resource\","
                    + "\"code\":403}");
      }
      if (request.getMethod().equals("GET") && query >= 0 && path.contains("limit=")) {
        return page(collection, path.substring(query + 1));
      }
      return crud.dispatch(request);
    }

    /** The discovery document at this path, or {@code null} when the path is not discovery. */
    private String discovery(String path) {
      List<ClusterKind> served =
          ClusterKind.SCANNED.stream().filter(k -> !unserved.contains(k.plural())).toList();
      if (path.equals("/apis")) {
        ArrayNode groups = JSON.createArrayNode();
        served.stream().filter(k -> !k.group().isEmpty()).map(ClusterKind::apiVersion).distinct()
            .forEach(gv -> {
              String group = gv.substring(0, gv.indexOf('/'));
              ObjectNode version = JSON.createObjectNode().put("groupVersion", gv).put("version", gv.substring(gv.indexOf('/') + 1));
              ObjectNode entry = groups.addObject().put("name", group);
              entry.putArray("versions").add(version);
              entry.set("preferredVersion", version);
            });
        ObjectNode list = JSON.createObjectNode().put("kind", "APIGroupList").put("apiVersion", "v1");
        list.set("groups", groups);
        return JSON.writeValueAsString(list);
      }
      String groupVersion =
          path.equals("/api/v1") ? "v1" : path.startsWith("/apis/") && path.chars().filter(c -> c == '/').count() == 3 ? path.substring(6) : null;
      if (groupVersion == null) {
        return null;
      }
      ObjectNode list = JSON.createObjectNode().put("kind", "APIResourceList").put("groupVersion", groupVersion);
      ArrayNode resources = list.putArray("resources");
      served.stream().filter(k -> k.apiVersion().equals(groupVersion)).forEach(k ->
          resources.addObject().put("name", k.plural()).put("kind", k.kind()).put("namespaced", k.namespaced()));
      return JSON.writeValueAsString(list);
    }

    private MockResponse page(String collection, String queryString) {
      pagedRequests.incrementAndGet();
      int limit = Integer.MAX_VALUE;
      int offset = 0;
      for (String parameter : queryString.split("&")) {
        if (parameter.startsWith("limit=")) {
          limit = Integer.parseInt(parameter.substring(6));
        } else if (parameter.startsWith("continue=")) {
          offset = Integer.parseInt(parameter.substring(9));
        }
      }
      MockResponse all = crud.handleGet(collection);
      if (all.code() != 200) {
        return all;
      }
      ObjectNode list = (ObjectNode) JSON.readTree(all.getBody().readUtf8());
      ArrayNode items = list.withArray("items");
      ArrayNode page = JSON.createArrayNode();
      for (int i = offset; i < Math.min(items.size(), offset + limit); i++) {
        page.add(items.get(i));
      }
      list.set("items", page);
      ObjectNode metadata = list.withObject("metadata");
      if (offset + limit < items.size()) {
        metadata.put("continue", String.valueOf(offset + limit));
      } else {
        metadata.remove("continue");
      }
      return new MockResponse().setResponseCode(200).setBody(JSON.writeValueAsString(list));
    }
  }

  static JsonNode tree(String json) {
    return JSON.readTree(json);
  }
}
