package dev.bulwark.admission.namespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Namespace labels from manifest files (--namespaces). */
class NamespaceManifestsTest {

  @Test
  void readsNamespacesAndIgnoresOtherKinds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("namespaces.yaml");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team-a
          labels:
            pod-security.kubernetes.io/enforce: restricted
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team-b
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cm, namespace: team-a}
        """);
    Path list = dir.resolve("more.json");
    Files.writeString(
        list,
        "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[{\"apiVersion\":\"v1\",\"kind\":\"Namespace\","
            + "\"metadata\":{\"name\":\"team-c\",\"labels\":{\"env\":\"prod\"}}}]}");
    NamespaceManifests namespaces = NamespaceManifests.load(List.of(file, list));
    assertThat(namespaces.synced()).isTrue();
    assertThat(namespaces.size()).isEqualTo(3);
    assertThat(namespaces.labels("team-a"))
        .contains(Map.of("pod-security.kubernetes.io/enforce", "restricted"));
    assertThat(namespaces.labels("team-b")).contains(Map.of());
    assertThat(namespaces.labels("team-c")).contains(Map.of("env", "prod"));
    assertThat(namespaces.labels("cm")).isEmpty();
  }

  @Test
  void loadErrorsNameTheFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "apiVersion: v1\nkind: Namespace\nmetadata: {name: [\n");
    assertThatThrownBy(() -> NamespaceManifests.load(List.of(file)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot read the namespace manifests:\n  " + file + ":");
    assertThatThrownBy(() -> NamespaceManifests.load(List.of(dir.resolve("missing.yaml"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing.yaml");
  }
}
