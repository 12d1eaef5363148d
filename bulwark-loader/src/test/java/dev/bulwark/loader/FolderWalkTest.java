package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Resource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Folders: recursive, manifest extensions only, hidden entries skipped, sorted, loops cut. */
class FolderWalkTest {
  @TempDir Path dir;

  private void write(String relative, String name) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, Yaml.lines(Yaml.configMap(name)));
  }

  private static List<String> names(LoadResult result) {
    return result.resources().stream().map(Resource::name).toList();
  }

  @Test
  void walksRecursivelyInSortedOrderAndOnlyManifestFiles() throws IOException {
    write("b.yaml", "b");
    write("a/z.yml", "a-z");
    write("a/b/c.json", "a-b-c");
    write("a-b/x.yaml", "a-b-x");
    write("A.YAML", "upper");
    write("notes.txt", "txt");
    write("script.sh", "sh");
    write(".hidden.yaml", "hidden-file");
    write(".git/config.yaml", "git");
    write("sub/.github/workflow.yaml", "github");

    LoadResult result = new ManifestLoader().load(List.of(dir.toString()));

    assertThat(names(result)).containsExactly("upper", "a-b-c", "a-z", "a-b-x", "b");
    assertThat(result.filesRead()).isEqualTo(5);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.resources().get(0).file()).isEqualTo(dir.resolve("A.YAML").toString());
  }

  @Test
  void sameOrderEveryTime() throws IOException {
    for (int i = 0; i < 40; i++) {
      write("d" + (i % 7) + "/f" + i + ".yaml", "n" + i);
    }
    List<String> first = names(new ManifestLoader().load(List.of(dir.toString())));
    for (int run = 0; run < 5; run++) {
      assertThat(names(new ManifestLoader().load(List.of(dir.toString())))).isEqualTo(first);
    }
  }

  @Test
  void explicitFilesAreReadWhateverTheirNameAndOnlyOnce() throws IOException {
    write("manifest.txt", "txt");
    write("x.yaml", "x");
    String txt = dir.resolve("manifest.txt").toString();
    LoadResult result =
        new ManifestLoader().load(List.of(txt, dir.toString(), dir.resolve("x.yaml").toString()));
    assertThat(names(result)).containsExactly("txt", "x");
  }

  @Test
  @Timeout(20)
  void symlinkLoopsAreNotFollowed() throws IOException {
    write("real/a.yaml", "a");
    Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));
    Files.createSymbolicLink(dir.resolve("alias.yaml"), dir.resolve("real/a.yaml"));
    Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("missing.yaml"));

    LoadResult result = new ManifestLoader().load(List.of(dir.toString()));

    assertThat(names(result)).containsExactly("a"); // the linked copy is the same file
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "symbolic link loops back to a parent folder; not followed",
            "broken symbolic link; skipped");
  }

  @Test
  void emptyFolderIsAWarning() {
    LoadResult result = new ManifestLoader().load(List.of(dir.toString()));
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING));
  }

  @Test
  void dashReadsStdin() {
    InputStream original = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              Yaml.lines(Yaml.configMap("from-stdin")).getBytes(StandardCharsets.UTF_8)));
      LoadResult result = new ManifestLoader().load(List.of("-"));
      assertThat(names(result)).containsExactly("from-stdin");
      assertThat(result.resources().get(0).file()).isEqualTo("-");
      assertThat(result.filesRead()).isEqualTo(1);
    } finally {
      System.setIn(original);
    }
  }
}
