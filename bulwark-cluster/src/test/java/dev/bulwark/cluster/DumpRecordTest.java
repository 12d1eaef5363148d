package dev.bulwark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Resource;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dump's record of unreadable kinds survives the round trip through YAML and the loader. */
class DumpRecordTest {
  private static final String OBJECTS =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings, namespace: shop}
      data: {mode: "on"}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: reader}
      rules: []
      """;

  @TempDir Path dir;

  private static ClusterRead read(Map<String, String> unreadable) {
    List<Resource> objects = new ManifestLoader().loadString("in.yaml", OBJECTS).resources();
    return new ClusterRead("prod", objects, List.of(), unreadable, List.of());
  }

  @Test
  void fileAndFolderDumpsCarryTheUnreadableKindsBackToTheScan() throws Exception {
    Map<String, String> unreadable =
        Map.of(
            "Secret", "permission denied to list secrets",
            "NetworkPolicy", "permission denied to list networkpolicies in namespace shop");
    for (Path target : List.of(dir.resolve("dump.yaml"), dir.resolve("dump"))) {
      DumpWriter.write(read(unreadable), target);

      List<Resource> loaded = new ManifestLoader().load(List.of(target.toString())).resources();
      DumpRecord.Split split = DumpRecord.split(loaded);

      assertThat(loaded).hasSize(3).filteredOn(DumpRecord::isRecord).hasSize(1);
      assertThat(split.objects())
          .extracting(Resource::kind)
          .containsExactlyInAnyOrder("ConfigMap", "ClusterRole");
      assertThat(split.unreadableKinds()).as(target.toString()).isEqualTo(unreadable);
    }
    assertThat(Files.readString(dir.resolve("dump").resolve("cluster-dump.yaml")))
        .contains("context: \"prod\"");
  }

  @Test
  void aCompleteReadRecordsNoUnreadableKinds() throws Exception {
    DumpWriter.write(read(Map.of()), dir.resolve("dump.yaml"));
    List<Resource> loaded = new ManifestLoader().load(List.of(dir.resolve("dump.yaml").toString())).resources();
    assertThat(DumpRecord.split(loaded).unreadableKinds()).isEmpty();
    assertThat(DumpRecord.split(loaded).objects()).hasSize(2);
  }

  @Test
  void recordsFromSeveralDumpsAreMergedAndOtherObjectsOfTheNameAreKept() {
    String yaml =
        """
        apiVersion: bulwark.dev/v1alpha1
        kind: ClusterDump
        metadata: {name: cluster-dump}
        spec: {context: a, unreadableKinds: {Secret: denied in a}}
        ---
        apiVersion: bulwark.dev/v1alpha1
        kind: ClusterDump
        metadata: {name: cluster-dump-2}
        spec: {context: b, unreadableKinds: {Secret: denied in b, Role: ""}}
        ---
        apiVersion: example.com/v1
        kind: ClusterDump
        metadata: {name: someone-elses}
        """;
    DumpRecord.Split split =
        DumpRecord.split(new ManifestLoader().loadString("records.yaml", yaml).resources());
    assertThat(split.unreadableKinds())
        .containsEntry("Secret", "denied in a; denied in b")
        .containsEntry("Role", "could not be read when the dump was made");
    assertThat(split.objects()).extracting(Resource::name).containsExactly("someone-elses");
  }
}
