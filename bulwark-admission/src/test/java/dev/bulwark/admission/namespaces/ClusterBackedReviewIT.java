package dev.bulwark.admission.namespaces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.review.PolicyReviewHandler;
import dev.bulwark.cluster.ClusterOptions;
import dev.bulwark.cluster.NamespaceWatch;
import dev.bulwark.cluster.PodLister;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The handler wired to a cluster (fabric8's mock API server over HTTPS, CRUD mode, reached through
 * a kubeconfig): namespace labels from the watch, existing pods from live LISTs.
 */
class ClusterBackedReviewIT {
  private static final java.util.logging.Logger SERVER_LOG = quiet("io.fabric8.mockwebserver");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  @Test
  void labelsFromTheWatchAndExistingPodsFromTheCluster(@TempDir Path dir) throws Exception {
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            true);
    server.init();
    try (KubernetesClient client = server.createClient()) {
      client
          .namespaces()
          .resource(
              new NamespaceBuilder()
                  .withNewMetadata()
                  .withName("team-a")
                  .addToLabels("pod-security.kubernetes.io/enforce", "baseline")
                  .endMetadata()
                  .build())
          .create();
      client
          .pods()
          .inNamespace("team-a")
          .resource(
              new PodBuilder()
                  .withNewMetadata()
                  .withName("web")
                  .endMetadata()
                  .withNewSpec()
                  .addNewContainer()
                  .withName("app")
                  .withImage("nginx:1.27")
                  .endContainer()
                  .endSpec()
                  .build())
          .create();

      ClusterOptions options =
          new ClusterOptions(
              kubeconfig(dir, server.url("/").replaceAll("/$", "")),
              null,
              Set.of(),
              Set.of(),
              false,
              500);
      try (ClusterNamespaces namespaces = new ClusterNamespaces(NamespaceWatch.start(options));
          ClusterPods pods = new ClusterPods(PodLister.connect(options))) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!namespaces.synced() && System.nanoTime() < end) {
          Thread.sleep(20);
        }
        assertThat(namespaces.synced()).isTrue();
        PolicyReviewHandler handler =
            new PolicyReviewHandler(AdmissionConfig.defaults(), namespaces, pods);

        JsonNode pod =
            handler
                .handle(Reviews.podReview("CREATE", "team-a", "priv", Reviews.PRIVILEGED_SPEC))
                .get("response");
        assertThat(pod.get("allowed").booleanValue()).isFalse();
        assertThat(pod.at("/status/message").stringValue())
            .contains("violates PodSecurity \"baseline:latest\"");

        ObjectNode update = Reviews.sample("namespace-update-v1.json");
        JsonNode ns = handler.handle(update).get("response");
        assertThat(ns.get("allowed").booleanValue()).isTrue();
        assertThat(ns.get("warnings"))
            .extracting(JsonNode::stringValue)
            .containsExactly(
                "existing pods in namespace \"team-a\" violate the new PodSecurity enforce level"
                    + " \"restricted:latest\"",
                "web: allowPrivilegeEscalation != false, unrestricted capabilities, runAsNonRoot !="
                    + " true, seccompProfile");
      }
    } finally {
      destroy(server);
    }
  }

  /**
   * Stops the mock server. fabric8's Vert.x client closes its watch connection asynchronously, so
   * the mock server's 10 s wait for open connections can expire after every assertion above has
   * passed; that is the test harness's cleanup, not the behaviour under test.
   */
  private static void destroy(KubernetesMockServer server) {
    try {
      server.destroy();
    } catch (IllegalStateException e) {
      if (!String.valueOf(e.getMessage()).contains("Unable to close MockWebServer")) {
        throw e;
      }
    }
  }

  private static Path kubeconfig(Path dir, String url) throws Exception {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        clusters:
          - name: mock
            cluster: {server: "%s", insecure-skip-tls-verify: true}
        users:
          - name: mock
            user: {token: not-a-secret}
        contexts:
          - name: mock
            context: {cluster: mock, user: mock}
        current-context: mock
        """
            .formatted(url));
    return file;
  }
}
