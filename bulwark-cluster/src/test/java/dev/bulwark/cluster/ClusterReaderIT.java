package dev.bulwark.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Resource;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ClusterReader} against fabric8's mock API server over HTTPS with a dispatcher that plays a
 * real server's discovery documents, paged LISTs, 403s and expired continue tokens (410 Gone).
 */
class ClusterReaderIT {
  private static final ClusterKind DEPLOYMENTS =
      new ClusterKind("apps", "v1", "Deployment", "deployments", true);
  private static final ClusterKind SECRETS = new ClusterKind("", "v1", "Secret", "secrets", true);
  private static final ClusterKind ADMIN_POLICIES =
      new ClusterKind(
          "policy.networking.k8s.io", "v1alpha1", "AdminNetworkPolicy", "adminnetworkpolicies", false);
  private static final ClusterKind PEER_AUTHENTICATIONS =
      new ClusterKind("security.istio.io", "v1", "PeerAuthentication", "peerauthentications", true);
  private static final List<ClusterKind> WANTED =
      List.of(SECRETS, DEPLOYMENTS, ADMIN_POLICIES, PEER_AUTHENTICATIONS);

  /** The mock server logs every request at INFO; kept referenced so the setting sticks. */
  private static final java.util.logging.Logger SERVER_LOG = quiet();

  @TempDir Path dir;

  private final ApiServer api = new ApiServer();
  private KubernetesMockServer server;
  private Path kubeconfig;

  @BeforeEach
  void start() throws IOException {
    server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), api, true);
    server.init();
    kubeconfig = writeKubeconfig(server.url("/").replaceAll("/$", ""));
  }

  @AfterEach
  void stop() {
    server.destroy();
  }

  @Test
  void discoveryPicksThePreferredVersionAndSkipsUnservedKindsQuietly() {
    ClusterRead read = read(2);

    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.notServed()).containsExactly(ADMIN_POLICIES);
    assertThat(api.requested).noneMatch(p -> p.contains("adminnetworkpolicies"));
    // Istio serves v1beta1 only here: the object is read there and says so.
    assertThat(api.requested).anyMatch(p -> p.startsWith("/apis/security.istio.io/v1beta1/peerauthentications?"));
    assertThat(kinds(read)).containsExactly("Secret", "Deployment", "Deployment", "Deployment", "PeerAuthentication");
    Resource peer = read.resources().get(4);
    assertThat(peer.ref().apiVersion()).isEqualTo("security.istio.io/v1beta1");
    assertThat(peer.object().path("apiVersion").asString()).isEqualTo("security.istio.io/v1beta1");
  }

  @Test
  void anExpiredContinueTokenRestartsTheListingWithoutDuplicates() {
    api.expireContinueTokens.set(1);

    ClusterRead read = read(2);

    assertThat(names(read, "Deployment")).containsExactly("web-0", "web-1", "web-2");
    assertThat(read.unreadableKinds()).isEmpty();
    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.isError()).isFalse();
              assertThat(d.message())
                  .contains("list of deployments.apps expired after 2 objects")
                  .contains("reading it again from the start, attempt 2 of 3");
            });
    assertThat(api.requested.stream().filter(p -> p.startsWith("/apis/apps/v1/deployments?limit=2")).count())
        .as("first page, expired second page, first page again, second page")
        .isEqualTo(4);
  }

  @Test
  void aListThatKeepsExpiringGivesUpAfterBoundedRetriesAndTheRestIsRead() {
    api.expireContinueTokens.set(Integer.MAX_VALUE);

    ClusterRead read = read(2);

    assertThat(names(read, "Deployment")).isEmpty();
    assertThat(names(read, "Secret")).containsExactly("db");
    assertThat(read.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("expired 3 times before its last page"));
    assertThat(read.unreadableKinds()).containsOnlyKeys("Deployment");
    assertThat(api.expired.get()).isEqualTo(ClusterReader.LIST_ATTEMPTS);
  }

  @Test
  void aForbiddenKindIsAWarningAndMarkedUnreadable() {
    api.forbidden.add("secrets");

    ClusterRead read = read(500);

    assertThat(read.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isFalse();
      assertThat(d.message()).startsWith("permission denied to list secrets");
    });
    assertThat(read.unreadableKinds()).containsOnlyKeys("Secret");
    assertThat(read.unreadableKinds().get("Secret")).contains("permission denied to list secrets");
    assertThat(names(read, "Deployment")).hasSize(3);
  }

  @Test
  void rejectedCredentialsStopTheReadWithAClearMessage() {
    api.rejectCredentials.set(true);

    assertThatThrownBy(() -> read(500))
        .isInstanceOf(ClusterException.class)
        .hasMessageContaining("rejected the credentials of context 'test'")
        .hasMessageContaining("Unauthorized");
  }

  @Test
  void withoutDiscoveryEveryKindIsListedAsDeclared() {
    api.discoveryAnswers.set(false);

    ClusterRead read = read(500);

    assertThat(read.notServed()).isEmpty();
    assertThat(read.diagnostics()).isEmpty();
    assertThat(api.requested).anyMatch(p -> p.startsWith("/apis/policy.networking.k8s.io/v1alpha1/adminnetworkpolicies?"));
    assertThat(kinds(read)).containsExactly("Secret", "Deployment", "Deployment", "Deployment");
  }

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  private ClusterRead read(int pageSize) {
    ClusterOptions options = new ClusterOptions(kubeconfig, null, Set.of(), Set.of(), false, pageSize);
    return new ClusterReader(options, ReadProgress.SILENT).read(WANTED);
  }

  private static List<String> kinds(ClusterRead read) {
    return read.resources().stream().map(Resource::kind).toList();
  }

  private static List<String> names(ClusterRead read, String kind) {
    return read.resources().stream().filter(r -> r.kind().equals(kind)).map(Resource::name).toList();
  }

  private Path writeKubeconfig(String url) throws IOException {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        clusters: [{name: test, cluster: {server: %s, insecure-skip-tls-verify: true}}]
        users: [{name: test, user: {token: not-a-secret}}]
        contexts: [{name: test, context: {cluster: test, user: test}}]
        current-context: test
        """
            .formatted(url));
    return file;
  }

  /**
   * Serves core v1 (secrets), apps/v1 (three deployments), Istio's security group in v1beta1 only,
   * and no policy.networking.k8s.io; paging with the offset as the continue token.
   */
  private static final class ApiServer extends Dispatcher {
    final List<String> requested = new CopyOnWriteArrayList<>();
    final Set<String> forbidden = ConcurrentHashMap.newKeySet();
    final AtomicInteger expireContinueTokens = new AtomicInteger();
    final AtomicInteger expired = new AtomicInteger();
    final java.util.concurrent.atomic.AtomicBoolean discoveryAnswers =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    final java.util.concurrent.atomic.AtomicBoolean rejectCredentials =
        new java.util.concurrent.atomic.AtomicBoolean(false);

    private final Map<String, List<String>> items =
        Map.of(
            "/api/v1/secrets", List.of(object("Secret", "db")),
            "/apis/apps/v1/deployments",
                List.of(object("Deployment", "web-0"), object("Deployment", "web-1"), object("Deployment", "web-2")),
            "/apis/security.istio.io/v1beta1/peerauthentications", List.of(object("PeerAuthentication", "mesh")));

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getPath();
      requested.add(path);
      if (rejectCredentials.get()) {
        return status(401, "Unauthorized", "Unauthorized");
      }
      int query = path.indexOf('?');
      String collection = query < 0 ? path : path.substring(0, query);
      String discovery = discovery(collection);
      if (discovery != null) {
        return discoveryAnswers.get() ? json(200, discovery) : status(404, "NotFound", "not found");
      }
      if (forbidden.contains(collection.substring(collection.lastIndexOf('/') + 1))) {
        return status(403, "Forbidden", "cannot list");
      }
      List<String> all = items.get(collection);
      if (all == null) {
        return status(404, "NotFound", "the server could not find the requested resource");
      }
      int limit = Integer.MAX_VALUE;
      int offset = 0;
      for (String parameter : path.substring(query + 1).split("&")) {
        if (parameter.startsWith("limit=")) {
          limit = Integer.parseInt(parameter.substring(6));
        } else if (parameter.startsWith("continue=")) {
          offset = Integer.parseInt(parameter.substring(9));
        }
      }
      if (offset > 0 && expireContinueTokens.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        expired.incrementAndGet();
        return status(410, "Expired", "The provided continue parameter is too old");
      }
      int end = Math.min(all.size(), offset + limit);
      String next = end < all.size() ? "\"continue\":\"" + end + "\"" : "";
      return json(200, "{\"kind\":\"List\",\"apiVersion\":\"v1\",\"metadata\":{" + next + "},\"items\":["
          + String.join(",", all.subList(offset, end)) + "]}");
    }

    private static String discovery(String path) {
      return switch (path) {
        case "/api/v1" -> resources("v1", "secrets", "secrets/status", "pods");
        case "/apis" -> """
            {"kind":"APIGroupList","apiVersion":"v1","groups":[
              {"name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],
               "preferredVersion":{"groupVersion":"apps/v1","version":"v1"}},
              {"name":"security.istio.io","versions":[{"groupVersion":"security.istio.io/v1beta1","version":"v1beta1"}],
               "preferredVersion":{"groupVersion":"security.istio.io/v1beta1","version":"v1beta1"}}]}""";
        case "/apis/apps/v1" -> resources("apps/v1", "deployments", "deployments/scale", "replicasets");
        case "/apis/security.istio.io/v1beta1" -> resources("security.istio.io/v1beta1", "peerauthentications");
        default -> null;
      };
    }

    private static String resources(String groupVersion, String... names) {
      List<String> entries = new ArrayList<>();
      for (String name : names) {
        entries.add("{\"name\":\"" + name + "\",\"namespaced\":true,\"kind\":\"X\",\"verbs\":[\"list\"]}");
      }
      return "{\"kind\":\"APIResourceList\",\"apiVersion\":\"v1\",\"groupVersion\":\"" + groupVersion
          + "\",\"resources\":[" + String.join(",", entries) + "]}";
    }

    private static String object(String kind, String name) {
      return "{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"shop\",\"managedFields\":[{}]},"
          + "\"spec\":{\"note\":\"" + kind + "\"}}";
    }

    private static MockResponse json(int code, String body) {
      return new MockResponse().setResponseCode(code).setBody(body);
    }

    private static MockResponse status(int code, String reason, String message) {
      return json(code, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\""
          + reason + "\",\"message\":\"" + message + "\",\"code\":" + code + "}");
    }
  }
}
