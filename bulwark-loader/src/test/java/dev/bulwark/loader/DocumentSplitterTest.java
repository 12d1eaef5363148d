package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents are cut only at YAML's own markers, and each piece knows its first line. */
class DocumentSplitterTest {

  private static List<String> pieces(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return DocumentSplitter.split(bytes, 0, bytes.length).stream()
        .map(
            p ->
                p.firstLine()
                    + ":"
                    + new String(bytes, p.start(), p.length(), StandardCharsets.UTF_8))
        .toList();
  }

  @Test
  void cutsAtDashMarkersKeepingTheMarkerWithItsDocument() {
    assertThat(pieces("a: 1\n---\nb: 2\n--- # note\nc: 3\n---\td: 4\n"))
        .containsExactly("1:a: 1\n", "2:---\nb: 2\n", "4:--- # note\nc: 3\n", "6:---\td: 4\n");
  }

  @Test
  void doesNotCutAtLookAlikes() {
    assertThat(pieces("a: |\n  ---\nb: ----\n---x: 1\n ---\n"))
        .containsExactly("1:a: |\n  ---\nb: ----\n---x: 1\n ---\n");
  }

  @Test
  void endMarkerClosesADocument() {
    assertThat(pieces("a: 1\n...\nb: 2\n")).containsExactly("1:a: 1\n...\n", "3:b: 2\n");
  }

  @Test
  void commentsAndDirectivesStayWithTheNextDocument() {
    assertThat(pieces("# header\n%YAML 1.2\n---\na: 1\n---\nb: 2\n"))
        .containsExactly("1:# header\n%YAML 1.2\n---\na: 1\n", "5:---\nb: 2\n");
  }

  @Test
  void windowsLineEndings() {
    assertThat(pieces("a: 1\r\n---\r\nb: 2\r\n"))
        .containsExactly("1:a: 1\r\n", "2:---\r\nb: 2\r\n");
  }

  @Test
  void emptyInputHasNoPieces() {
    assertThat(pieces("")).isEmpty();
  }

  @Test
  void documentEndMarkerFollowedByDirectiveLoadsBoth() {
    LoadResult result =
        new ManifestLoader()
            .loadString(
                "d.yaml",
                Yaml.lines(Yaml.configMap("one"))
                    + "...\n%YAML 1.2\n---\n"
                    + Yaml.lines(Yaml.configMap("two")));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.resources()).extracting(r -> r.name()).containsExactly("one", "two");
  }
}
