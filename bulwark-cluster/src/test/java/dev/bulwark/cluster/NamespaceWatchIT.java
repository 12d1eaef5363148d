package dev.bulwark.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The namespace watch and pod lister against fabric8's mock API server in CRUD mode (HTTPS). */
class NamespaceWatchIT {
  /** The mock server logs every request at INFO; kept referenced so the setting sticks. */
  private static final java.util.logging.Logger SERVER_LOG = quiet("io.fabric8.mockwebserver");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  private KubernetesMockServer server;
  private KubernetesClient client;

  @BeforeEach
  void start() {
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            true);
    server.init();
    try (KubernetesClient mock = server.createClient()) {
      // No request retries: a dead server must fail at once.
      client =
          new KubernetesClientBuilder()
              .withConfig(
                  new ConfigBuilder(mock.getConfiguration())
                      .withRequestRetryBackoffLimit(0)
                      .build())
              .build();
    }
  }

  @AfterEach
  void stop() {
    client.close();
    server.destroy();
  }

  private void namespace(String name, Map<String, String> labels) {
    Namespace ns =
        new NamespaceBuilder()
            .withNewMetadata()
            .withName(name)
            .withLabels(labels)
            .endMetadata()
            .build();
    client.namespaces().resource(ns).createOr(existing -> existing.update());
  }

  @Test
  void syncsAfterTheFirstListAndFollowsLabelChanges() throws Exception {
    namespace("team-a", Map.of("pod-security.kubernetes.io/enforce", "baseline"));
    namespace("team-b", Map.of());
    try (NamespaceWatch watch = NamespaceWatch.start(client)) {
      await(watch::synced);
      assertThat(watch.labels("team-a"))
          .contains(Map.of("pod-security.kubernetes.io/enforce", "baseline"));
      assertThat(watch.labels("team-b")).contains(Map.of());
      assertThat(watch.labels("team-c")).isEmpty();

      client
          .namespaces()
          .withName("team-a")
          .edit(
              n ->
                  new NamespaceBuilder(n)
                      .editMetadata()
                      .addToLabels("pod-security.kubernetes.io/enforce", "restricted")
                      .endMetadata()
                      .build());
      await(
          () ->
              watch
                  .labels("team-a")
                  .map(l -> l.get("pod-security.kubernetes.io/enforce"))
                  .equals(Optional.of("restricted")));

      namespace("team-c", Map.of("env", "prod"));
      await(() -> watch.labels("team-c").isPresent());
      assertThat(watch.labels("team-c")).contains(Map.of("env", "prod"));

      client.namespaces().withName("team-b").delete();
      await(() -> watch.labels("team-b").isEmpty());
      assertThat(watch.size()).isEqualTo(2);
    }
  }

  @Test
  void startReturnsAtOnceAndStaysUnsyncedWhileTheServerIsDown() throws Exception {
    server.destroy();
    try (NamespaceWatch watch = NamespaceWatch.start(client)) {
      assertThat(watch.synced()).isFalse();
      assertThat(watch.labels("default")).isEmpty();
      Thread.sleep(300);
      assertThat(watch.synced()).isFalse();
    }
  }

  @Test
  void listsThePodsOfOneNamespace() throws Exception {
    for (String name : List.of("web-1", "web-2")) {
      client.pods().inNamespace("team-a").resource(pod(name)).create();
    }
    client.pods().inNamespace("team-b").resource(pod("other")).create();
    try (PodLister lister = PodLister.using(client, 500)) {
      List<JsonNode> pods = lister.list("team-a", Instant.now().plus(Duration.ofSeconds(10)));
      assertThat(pods)
          .extracting(p -> p.at("/metadata/name").stringValue())
          .containsExactlyInAnyOrder("web-1", "web-2");
      assertThat(pods.get(0).at("/spec/containers/0/image").stringValue()).isEqualTo("nginx:1.27");
      assertThat(lister.list("empty", Instant.now().plus(Duration.ofSeconds(10)))).isEmpty();
      assertThatThrownBy(() -> lister.list("team-a", Instant.now().minusSeconds(1)))
          .isInstanceOf(IOException.class)
          .hasMessage("listing pods in namespace team-a did not finish in time");
    }
  }

  @Test
  void aDeadServerFailsTheListing() {
    server.destroy();
    try (PodLister lister = PodLister.using(client, 500)) {
      assertThatThrownBy(() -> lister.list("team-a", Instant.now().plus(Duration.ofSeconds(5))))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot list pods in namespace team-a: ");
    }
  }

  private static Pod pod(String name) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage("nginx:1.27")
        .endContainer()
        .endSpec()
        .build();
  }

  /** Polls until the condition holds; fails after 10 s (a hang guard, not a timing assertion). */
  private static void await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(20);
    }
  }
}
