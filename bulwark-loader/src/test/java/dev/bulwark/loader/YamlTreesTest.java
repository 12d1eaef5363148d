package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Configuration files are read with the manifest rules, one document each. */
class YamlTreesTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve(".bulwark.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsOneDocumentWithKubernetesScalars() throws Exception {
    JsonNode config = YamlTrees.readSingle(write("checks:\n  privileged-container: off\n"));
    assertThat(config.at("/checks/privileged-container").booleanValue()).isFalse();
  }

  @Test
  void positionsPointAtLines() throws Exception {
    YamlTree tree =
        YamlTrees.read(
            write("# config\nexemptions:\n  - check: x\n    reason: y\n"), LoaderLimits.defaults());
    assertThat(tree.sourceMap().locate(JsonPointer.parse("/exemptions/0/reason")).line())
        .isEqualTo(4);
  }

  @Test
  void emptyFileIsNull() throws Exception {
    assertThat(YamlTrees.readSingle(write("# nothing yet\n")).isNull()).isTrue();
  }

  @Test
  void secondDocumentIsAnError() throws Exception {
    Path file = write("a: 1\n---\nb: 2\n");
    assertThatThrownBy(() -> YamlTrees.readSingle(file))
        .isInstanceOfSatisfying(
            LoadException.class,
            e -> {
              assertThat(e.location()).isEqualTo(new Location(file.toString(), 3, 1));
              assertThat(e.problem())
                  .isEqualTo("expected one YAML document, found another one here");
            });
  }

  @Test
  void syntaxErrorsAndDuplicatesCarryTheirPlace() throws Exception {
    Path broken = write("a: [1\n");
    assertThatThrownBy(() -> YamlTrees.readSingle(broken))
        .isInstanceOfSatisfying(
            LoadException.class,
            e -> {
              assertThat(e.location().line()).isEqualTo(1);
              assertThat(e.problem())
                  .startsWith("YAML syntax error")
                  .doesNotContain("document skipped");
            });
    Path duplicate = write("a: 1\na: 2\n");
    assertThatThrownBy(() -> YamlTrees.readSingle(duplicate))
        .isInstanceOfSatisfying(
            LoadException.class,
            e -> {
              assertThat(e.location()).isEqualTo(new Location(duplicate.toString(), 2, 1));
              assertThat(e.problem()).isEqualTo("duplicate key 'a' in mapping");
            });
  }

  @Test
  void missingAndOversizedFilesAreErrors() throws Exception {
    assertThatThrownBy(() -> YamlTrees.readSingle(dir.resolve("absent.yaml")))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("no such file");
    Path big = write("a: " + "x".repeat(2000) + "\n");
    assertThatThrownBy(() -> YamlTrees.read(big, LoaderLimits.defaults().withMaxFileBytes(1024)))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("larger than the limit of 1 KiB");
  }
}
