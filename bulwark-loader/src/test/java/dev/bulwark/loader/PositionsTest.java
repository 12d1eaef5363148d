package dev.bulwark.loader;

import static dev.bulwark.loader.Yaml.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Location;
import dev.bulwark.api.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every node gets a 1-based line and column: keys for entries, starts for items and roots. */
class PositionsTest {

  private static Location loc(int line, int column) {
    return new Location("p.yaml", line, column);
  }

  @Test
  void mappingEntriesPointAtTheirKeys() {
    Resource pod =
        Yaml.load(
                "p.yaml",
                "apiVersion: v1", // 1
                "kind: Pod", // 2
                "metadata:", // 3
                "  name: web", // 4
                "  annotations:", // 5
                "    example.com/team: core", // 6
                "spec:", // 7
                "  containers:", // 8
                "  - name: app", // 9
                "    image: nginx", // 10
                "    securityContext:", // 11
                "      privileged: true") // 12
            .resources()
            .get(0);

    assertThat(at(pod, "")).isEqualTo(loc(1, 1));
    assertThat(at(pod, "/apiVersion")).isEqualTo(loc(1, 1));
    assertThat(at(pod, "/metadata")).isEqualTo(loc(3, 1));
    assertThat(at(pod, "/metadata/name")).isEqualTo(loc(4, 3));
    assertThat(at(pod, "/metadata/annotations/example.com~1team")).isEqualTo(loc(6, 5));
    assertThat(at(pod, "/spec/containers")).isEqualTo(loc(8, 3));
    assertThat(at(pod, "/spec/containers/0")).isEqualTo(loc(9, 5));
    assertThat(at(pod, "/spec/containers/0/image")).isEqualTo(loc(10, 5));
    assertThat(at(pod, "/spec/containers/0/securityContext/privileged")).isEqualTo(loc(12, 7));
    // Absent fields fall back to their nearest present parent.
    assertThat(at(pod, "/spec/containers/0/securityContext/runAsUser")).isEqualTo(loc(11, 5));
    assertThat(pod.sourceMap().size()).isEqualTo(14);
  }

  @Test
  void sequenceItemsPointAtWhereTheyStart() {
    Resource cm =
        Yaml.load(
                "p.yaml",
                "apiVersion: v1",
                "kind: ConfigMap",
                "metadata: {name: c}",
                "list:",
                "  - first", // 5
                "  -   second", // 6
                "  - - nested", // 7
                "    - deeper", // 8
                "  -", // 9
                "    k: v") // 10
            .resources()
            .get(0);

    assertThat(at(cm, "/list/0")).isEqualTo(loc(5, 5));
    assertThat(at(cm, "/list/1")).isEqualTo(loc(6, 7));
    assertThat(at(cm, "/list/2")).isEqualTo(loc(7, 5));
    assertThat(at(cm, "/list/2/0")).isEqualTo(loc(7, 7));
    assertThat(at(cm, "/list/2/1")).isEqualTo(loc(8, 7));
    assertThat(at(cm, "/list/3")).isEqualTo(loc(10, 5));
    assertThat(at(cm, "/list/3/k")).isEqualTo(loc(10, 5));
  }

  @Test
  void flowStyleHasPositionsToo() {
    Resource cm =
        Yaml.load(
                "p.yaml",
                "{apiVersion: v1, kind: ConfigMap,",
                " metadata: {name: c, labels: {a: b}},",
                " data: [x, {k: z}]}")
            .resources()
            .get(0);

    assertThat(at(cm, "")).isEqualTo(loc(1, 1));
    assertThat(at(cm, "/kind")).isEqualTo(loc(1, 18));
    assertThat(at(cm, "/metadata/name")).isEqualTo(loc(2, 13));
    assertThat(at(cm, "/metadata/labels/a")).isEqualTo(loc(2, 31));
    assertThat(at(cm, "/data/0")).isEqualTo(loc(3, 9));
    assertThat(at(cm, "/data/1")).isEqualTo(loc(3, 12));
    assertThat(at(cm, "/data/1/k")).isEqualTo(loc(3, 13));
  }

  @Test
  void jsonFilesHavePositions() {
    LoadResult result =
        new ManifestLoader()
            .loadString(
                "p.json",
                """
                {
                  "apiVersion": "v1",
                  "kind": "Pod",
                  "metadata": {"name": "j"},
                  "spec": {
                  \t"containers": [{"name": "a", "image": "b"}]
                  }
                }
                """);

    assertThat(result.diagnostics()).isEmpty();
    Resource pod = result.resources().get(0);
    assertThat(pod.object().at("/spec/containers/0/image").asString()).isEqualTo("b");
    assertThat(at(pod, "/kind")).isEqualTo(new Location("p.json", 3, 3));
    assertThat(at(pod, "/spec/containers/0/image")).isEqualTo(new Location("p.json", 6, 33));
  }

  @Test
  void linesCountFromTheStartOfTheFileAcrossDocuments() {
    LoadResult result =
        Yaml.load(
            "p.yaml",
            "# leading comment", // 1
            "---", // 2
            "apiVersion: v1", // 3
            "kind: ConfigMap",
            "metadata: {name: one}",
            "---", // 6
            "", // 7
            "apiVersion: v1", // 8
            "kind: ConfigMap",
            "metadata:",
            "  name: two"); // 11

    List<Resource> resources = result.resources();
    assertThat(resources).extracting(Resource::documentIndex).containsExactly(0, 1);
    assertThat(at(resources.get(0), "")).isEqualTo(loc(3, 1));
    assertThat(at(resources.get(1), "")).isEqualTo(loc(8, 1));
    assertThat(at(resources.get(1), "/metadata/name")).isEqualTo(loc(11, 3));
  }

  @Test
  void listItemsAreRebasedOntoTheItem() {
    LoadResult result =
        Yaml.load(
            "p.yaml",
            "apiVersion: v1", // 1
            "kind: List",
            "items:", // 3
            "- apiVersion: v1", // 4
            "  kind: ConfigMap",
            "  metadata: {name: a}", // 6
            "- apiVersion: apps/v1", // 7
            "  kind: Deployment",
            "  metadata:",
            "    name: b", // 10
            "  spec:",
            "    template:",
            "      spec:",
            "        containers:",
            "        - name: c", // 15
            "          image: x");

    assertThat(result.diagnostics()).isEmpty();
    List<Resource> items = result.resources();
    assertThat(items).extracting(r -> r.ref().name()).containsExactly("a", "b");
    assertThat(items).extracting(Resource::documentIndex).containsExactly(0, 0);
    assertThat(at(items.get(0), "")).isEqualTo(loc(4, 3));
    assertThat(at(items.get(0), "/metadata/name")).isEqualTo(loc(6, 14));
    assertThat(at(items.get(1), "")).isEqualTo(loc(7, 3));
    assertThat(at(items.get(1), "/metadata/name")).isEqualTo(loc(10, 5));
    assertThat(at(items.get(1), "/spec/template/spec/containers/0/image")).isEqualTo(loc(16, 11));
    // Nothing of the List itself or of the other item leaks into an item's map.
    assertThat(items.get(0).sourceMap().size()).isEqualTo(5);
  }

  @Test
  void aliasedContentPointsAtItsAnchor() {
    Resource cm =
        Yaml.load(
                "p.yaml",
                "apiVersion: v1",
                "kind: ConfigMap",
                "metadata: {name: c}",
                "base: &base", // 4
                "  x: 1", // 5
                "copy: *base") // 6
            .resources()
            .get(0);

    assertThat(cm.object().at("/copy/x").intValue()).isEqualTo(1);
    assertThat(at(cm, "/copy")).isEqualTo(loc(6, 1));
    assertThat(at(cm, "/copy/x")).isEqualTo(loc(5, 3));
  }

  @Test
  void columnsCountCodePoints() {
    Resource cm =
        Yaml.load(
                "p.yaml",
                "apiVersion: v1",
                "kind: ConfigMap",
                "metadata: {name: c}",
                "data: {\"\uD83D\uDE00\": 1, b: 2}")
            .resources()
            .get(0);
    // The emoji is one code point (two UTF-16 units): "b" is at column 16, not 17.
    assertThat(at(cm, "/data/b")).isEqualTo(loc(4, 16));
  }
}
