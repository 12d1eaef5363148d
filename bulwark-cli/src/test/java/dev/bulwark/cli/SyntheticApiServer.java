package dev.bulwark.cli;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Benchmark helper, not a test: fabric8's mock API server answering paged LISTs of a synthetic
 * cluster with a given number of objects, generated page by page so that the server itself stays
 * small. Objects carry managedFields and status like a real server's. {@code bench/cluster-memory.sh}
 * starts it and scans it.
 *
 * <p>Arguments: total objects, folder for the kubeconfig. Runs until killed.
 */
public final class SyntheticApiServer {
  /** Share of the objects per kind (plural → parts of 20). */
  private static final Map<String, Integer> SHARES =
      Map.of(
          "pods", 8, "replicasets", 2, "deployments", 2, "services", 2, "configmaps", 2, "secrets", 2,
          "roles", 1, "rolebindings", 1);

  private SyntheticApiServer() {}

  public static void main(String[] args) throws Exception {
    int total = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    KubernetesMockServer server =
        new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new Pages(total), true);
    server.init();
    java.util.logging.Logger.getLogger("io.fabric8.mockwebserver").setLevel(java.util.logging.Level.WARNING);
    System.out.println(MockCluster.writeKubeconfig(dir, server.url("/").replaceAll("/$", "")));
    Thread.currentThread().join();
  }

  private static final class Pages extends Dispatcher {
    private final int total;

    Pages(int total) {
      this.total = total;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getPath();
      int query = path.indexOf('?');
      String collection = query < 0 ? path : path.substring(0, query);
      String plural = collection.substring(collection.lastIndexOf('/') + 1);
      Integer share = SHARES.get(plural);
      if (share == null || query < 0) {
        return new MockResponse().setResponseCode(404).setBody("{\"kind\":\"Status\",\"code\":404}");
      }
      int count = total * share / 20;
      int limit = 500;
      int offset = 0;
      for (String parameter : path.substring(query + 1).split("&")) {
        if (parameter.startsWith("limit=")) {
          limit = Integer.parseInt(parameter.substring(6));
        } else if (parameter.startsWith("continue=")) {
          offset = Integer.parseInt(parameter.substring(9));
        }
      }
      int end = Math.min(count, offset + limit);
      StringBuilder body = new StringBuilder(1 << 20).append("{\"kind\":\"List\",\"apiVersion\":\"v1\",\"metadata\":{");
      if (end < count) {
        body.append("\"continue\":\"").append(end).append('"');
      }
      body.append("},\"items\":[");
      for (int i = offset; i < end; i++) {
        body.append(i > offset ? "," : "").append(object(plural, i));
      }
      return new MockResponse().setResponseCode(200).setBody(body.append("]}").toString());
    }
  }

  private static String object(String plural, int i) {
    String ns = "team-" + (i % 200);
    String metadata =
        "\"metadata\":{\"name\":\"%s-%d\",\"namespace\":\"%s\",\"uid\":\"%s-%d\",\"resourceVersion\":\"%d\",\"labels\":{\"app\":\"app-%d\",\"tier\":\"web\"},\"managedFields\":[{\"manager\":\"kube-controller-manager\",\"operation\":\"Update\",\"apiVersion\":\"v1\",\"fieldsType\":\"FieldsV1\",\"fieldsV1\":{\"f:metadata\":{\"f:labels\":{\".\":{},\"f:app\":{}}},\"f:spec\":{\"f:containers\":{\"k:{\\\"name\\\":\\\"app\\\"}\":{\".\":{},\"f:image\":{},\"f:name\":{}}}}}}]}"
            .formatted(plural, i, ns, plural, i, i, i % 1000);
    String podSpec =
        "{\"serviceAccountName\":\"app\",\"securityContext\":{\"runAsNonRoot\":true},\"containers\":[{\"name\":\"app\",\"image\":\"registry.example.com/app:%d\",\"ports\":[{\"containerPort\":8080}],\"env\":[{\"name\":\"MODE\",\"value\":\"prod\"}],\"resources\":{\"limits\":{\"memory\":\"256Mi\"},\"requests\":{\"cpu\":\"100m\"}},\"securityContext\":{\"allowPrivilegeEscalation\":false,\"readOnlyRootFilesystem\":true,\"capabilities\":{\"drop\":[\"ALL\"]}}}]}"
            .formatted(i % 50);
    String status = ",\"status\":{\"phase\":\"Running\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}";
    return switch (plural) {
      case "pods" -> "{" + metadata + ",\"spec\":" + podSpec + status + "}";
      case "replicasets", "deployments" ->
          "{" + metadata + ",\"spec\":{\"replicas\":2,\"selector\":{\"matchLabels\":{\"app\":\"app\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"app\"}},\"spec\":" + podSpec + "}}" + status + "}";
      case "services" -> "{" + metadata + ",\"spec\":{\"selector\":{\"app\":\"app\"},\"ports\":[{\"port\":80,\"targetPort\":8080}]}}";
      case "configmaps" -> "{" + metadata + ",\"data\":{\"config.yaml\":\"" + "level: info\\n".repeat(20) + "\"}}";
      case "secrets" -> "{" + metadata + ",\"type\":\"Opaque\",\"data\":{\"password\":\"c2VjcmV0LXZhbHVl\"}}";
      case "roles" -> "{" + metadata + ",\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"configmaps\"],\"verbs\":[\"get\",\"list\"]}]}";
      default -> "{" + metadata + ",\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"Role\",\"name\":\"r\"},\"subjects\":[{\"kind\":\"ServiceAccount\",\"name\":\"app\",\"namespace\":\"team-1\"}]}";
    };
  }
}
