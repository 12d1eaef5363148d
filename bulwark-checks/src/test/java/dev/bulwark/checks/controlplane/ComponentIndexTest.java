package dev.bulwark.checks.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The index that reads each workload's command lines once must give, for every workload and
 * component, exactly what reading them for that component alone gives.
 */
class ComponentIndexTest {

  @Test
  void fixturesReadTheSameThroughTheIndex() {
    List<Resource> resources = new ArrayList<>();
    resources.addAll(new ManifestLoader().load(List.of("src/test/resources/checks")).resources());
    resources.add(Manifests.staticPod("kube-apiserver", "--profiling=true", "--etcd-servers=x"));
    resources.add(
        Manifests.one(
            "apiVersion: apps/v1",
            "kind: DaemonSet",
            "metadata: {name: two, namespace: kube-system}",
            "spec:",
            "  template:",
            "    spec:",
            "      initContainers:",
            "      - {name: init, image: registry.k8s.io/kube-proxy:v1.32.0}",
            "      containers:",
            "      - name: shell",
            "        image: busybox",
            "        command: [sh, -c, 'exec kube-scheduler --profiling=false > /tmp/log 2>&1']",
            "      - name: hyper",
            "        image: hyperkube",
            "        command: [hyperkube, controller-manager, --profiling]",
            "      - name: proxy",
            "        image: registry.k8s.io/kube-proxy:v1.32.0",
            "        args: [--v=2]",
            "      - name: second-scheduler",
            "        image: registry.k8s.io/kube-scheduler:v1.32.0",
            "        command: [kube-scheduler, --bind-address=0.0.0.0]"));
    assertSameReadings(resources);
  }

  @Test
  void sharedCorpusReadsTheSameThroughTheIndex() {
    String corpus = System.getProperty("bulwark.corpus.dir");
    assumeTrue(
        corpus != null && Files.isDirectory(Path.of(corpus)),
        "shared corpus not found (bulwark.corpus.dir=" + corpus + "); skipping");
    assertSameReadings(new ManifestLoader().load(List.of(corpus)).resources());
  }

  private static void assertSameReadings(List<Resource> resources) {
    Inventory inventory = Inventory.of(resources);
    int workloads = 0;
    int found = 0;
    for (Resource r : resources) {
      if (!Workloads.isWorkload(r.kind())) {
        continue;
      }
      workloads++;
      for (Component component : Component.values()) {
        Optional<ComponentSettings> alone = ComponentContainers.find(r, component);
        Optional<ComponentSettings> indexed = ComponentSources.of(r, component, inventory);
        assertThat(indexed.map(ComponentIndexTest::describe))
            .as("%s %s", r.ref(), component)
            .isEqualTo(alone.map(ComponentIndexTest::describe));
        found += alone.isPresent() ? 1 : 0;
      }
    }
    assertThat(workloads).isPositive();
    assertThat(found).isPositive();
  }

  private static String describe(ComponentSettings s) {
    return s.component()
        + " | "
        + s.source()
        + " | "
        + s.flags().occurrences().stream().map(ComponentIndexTest::describe).toList()
        + " | "
        + s.environment().values().stream().map(ComponentIndexTest::describe).sorted().toList()
        + " | "
        + s.config()
        + " | "
        + s.anchor()
        + " "
        + s.anchor().pointer();
  }

  private static String describe(Setting setting) {
    return setting.key() + "=" + setting.value() + " at " + setting.origin() + " " + setting.origin().pointer();
  }
}
