package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Location;
import dev.bulwark.api.Resource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is data: each problem is one diagnostic with file and line, and loading goes on. */
class BadInputTest {
  @TempDir Path dir;

  private static String[] concat(String[]... parts) {
    List<String> all = new ArrayList<>();
    for (String[] part : parts) {
      all.addAll(Arrays.asList(part));
    }
    return all.toArray(String[]::new);
  }

  private static List<String> names(LoadResult result) {
    return result.resources().stream().map(r -> r.ref().name()).toList();
  }

  @Test
  void syntaxErrorCostsOnlyItsDocument() {
    LoadResult result =
        Yaml.load(
            "five.yaml",
            concat(
                Yaml.configMap("one"), // lines 1-6
                new String[] {"---"}, // 7
                Yaml.configMap("two"), // 8-13
                new String[] {
                  "---", "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: [three"
                }, // 14-18
                new String[] {"---"}, // 19
                Yaml.configMap("four"), // 20-25
                new String[] {"---"},
                Yaml.configMap("five")));

    assertThat(names(result)).containsExactly("one", "two", "four", "five");
    assertThat(result.resources()).extracting(Resource::documentIndex).containsExactly(0, 1, 3, 4);
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic error = result.diagnostics().get(0);
    assertThat(error.isError()).isTrue();
    assertThat(error.location()).isEqualTo(new Location("five.yaml", 18, 9));
    assertThat(error.message()).startsWith("YAML syntax error").endsWith("document skipped");
  }

  @Test
  void badIndentationIsReportedOnItsLine() {
    LoadResult result =
        Yaml.load(
            "indent.yaml", "apiVersion: v1", "kind: Pod", "metadata:", "  name: x", " bad: 1");
    assertThat(result.resources()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.isError()).isTrue();
              assertThat(d.location().line()).isEqualTo(5);
              assertThat(d.message()).contains("YAML syntax error");
            });
  }

  @Test
  void unclosedQuoteIsReportedWhereItOpens() {
    LoadResult result =
        Yaml.load(
            "quote.yaml",
            concat(
                new String[] {"apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: \"open"},
                new String[] {"---"},
                Yaml.configMap("after")));
    assertThat(names(result)).containsExactly("after");
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.location()).isEqualTo(new Location("quote.yaml", 4, 9));
              assertThat(d.message()).contains("quoted scalar");
            });
  }

  @Test
  void documentsThatAreNotMappingsAreErrors() {
    LoadResult result =
        Yaml.load(
            "shapes.yaml",
            concat(
                new String[] {"just a string", "---", "- a", "- b", "---", "42", "---"},
                Yaml.configMap("ok")));

    assertThat(names(result)).containsExactly("ok");
    assertThat(Yaml.errorTexts(result))
        .containsExactly(
            "shapes.yaml:1:1 document is a string, not a mapping; a Kubernetes object is a mapping"
                + " with apiVersion, kind and metadata",
            "shapes.yaml:3:1 document is a sequence, not a mapping; a Kubernetes object is a"
                + " mapping with apiVersion, kind and metadata",
            "shapes.yaml:6:1 document is a number, not a mapping; a Kubernetes object is a mapping"
                + " with apiVersion, kind and metadata");
  }

  @Test
  void missingIdentityFieldsAreErrors() {
    LoadResult result =
        Yaml.load(
            "ids.yaml",
            "kind: Pod", // 1
            "metadata: {name: a}",
            "---",
            "apiVersion: v1", // 4
            "metadata: {name: b}",
            "---",
            "apiVersion: v1", // 7
            "kind: Pod",
            "metadata:", // 9
            "  labels: {a: b}",
            "---",
            "apiVersion: v1", // 12
            "kind: Pod",
            "---",
            "apiVersion: v1",
            "kind: Pod",
            "metadata:",
            "  generateName: job-");

    assertThat(Yaml.errorTexts(result))
        .containsExactly(
            "ids.yaml:1:1 not a Kubernetes object: no apiVersion",
            "ids.yaml:4:1 not a Kubernetes object: no kind",
            "ids.yaml:9:1 not a Kubernetes object: no metadata.name (or metadata.generateName)",
            "ids.yaml:12:1 not a Kubernetes object: no metadata (with name or generateName)");
    assertThat(result.resources())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ref().name()).isEqualTo("job-");
              assertThat(r.documentIndex()).isEqualTo(4);
            });
  }

  @Test
  void wrongTypesForIdentityFieldsAreErrors() {
    LoadResult result =
        Yaml.load("types.yaml", "apiVersion: 1", "kind: [Pod]", "metadata: {name: a}");
    assertThat(Yaml.errorTexts(result))
        .containsExactly(
            "types.yaml:1:1 not a Kubernetes object: apiVersion is a number, not a string;"
                + " kind is a sequence, not a string");
  }

  @Test
  void listItemsGetTheSameChecks() {
    LoadResult result =
        Yaml.load(
            "list.yaml",
            "apiVersion: v1",
            "kind: List",
            "items:",
            "- apiVersion: v1", // 4
            "  kind: ConfigMap",
            "  metadata: {name: good}",
            "- apiVersion: v1", // 7
            "  metadata: {name: nokind}",
            "- plain string", // 9
            "---",
            "apiVersion: v1",
            "kind: PodList",
            "items: {not: a list}"); // 13

    assertThat(names(result)).containsExactly("good");
    assertThat(Yaml.errorTexts(result))
        .containsExactly(
            "list.yaml:7:3 List item /items/1 is not a Kubernetes object: no kind",
            "list.yaml:9:3 List item /items/2 is a string, not a Kubernetes object",
            "list.yaml:13:1 items of a PodList is a mapping, not a sequence");
  }

  @Test
  void duplicateKeysAreRejectedWithTheLineOfTheRepeat() {
    LoadResult result =
        Yaml.load(
            "dup.yaml",
            concat(
                new String[] {
                  "apiVersion: v1",
                  "kind: Pod",
                  "metadata: {name: p}",
                  "spec:",
                  "  containers:",
                  "  - name: c",
                  "    image: a",
                  "    image: b", // 8
                  "---"
                },
                Yaml.configMap("next")));

    assertThat(names(result)).containsExactly("next");
    assertThat(Yaml.errorTexts(result))
        .containsExactly("dup.yaml:8:5 duplicate key 'image' in mapping");
  }

  @Test
  void duplicateKeysInJsonToo() {
    LoadResult result =
        new ManifestLoader()
            .loadString(
                "dup.json",
                "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"kind\": \"Service\","
                    + " \"metadata\": {\"name\": \"x\"}}");
    assertThat(Yaml.errorTexts(result))
        .containsExactly("dup.json:1:37 duplicate key 'kind' in mapping");
  }

  @Test
  void keysThatOnlyLookDifferentInYamlAreDuplicatesInJson() {
    // yes and true are both the key "true" once Kubernetes has read them.
    LoadResult result =
        Yaml.load(
            "dup.yaml",
            "apiVersion: v1",
            "kind: ConfigMap",
            "metadata: {name: c}",
            "data:",
            "  yes: a",
            "  true: b");
    assertThat(Yaml.errorTexts(result))
        .containsExactly("dup.yaml:6:3 duplicate key 'true' in mapping");
  }

  @Test
  void invalidUtf8IsOneErrorWithOffsetAndLine() {
    byte[] bytes =
        "apiVersion: v1\nkind: Pod\nmetadata: {name: \u00e9}\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0x28; // turn é (C3 A9) into C3 28
    LoadResult result =
        new ManifestLoader().loadStream("latin.yaml", new ByteArrayInputStream(bytes));

    assertThat(result.resources()).isEmpty();
    assertThat(Yaml.errorTexts(result))
        .containsExactly(
            "latin.yaml:3:18 not valid UTF-8: byte 0xC3 at offset 42; only UTF-8 YAML or JSON can"
                + " be read");
  }

  @Test
  void binaryFileIsOneError() throws IOException {
    Path file = dir.resolve("image.yaml");
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    bytes[0] = 'a';
    bytes[1] = '\n';
    bytes[2] = 0;
    Files.write(file, bytes);
    LoadResult result = new ManifestLoader().load(List.of(file.toString()));

    assertThat(result.resources()).isEmpty();
    assertThat(result.filesRead()).isEqualTo(1);
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.isError()).isTrue();
              assertThat(d.location()).isEqualTo(new Location(file.toString(), 2, 1));
              assertThat(d.message()).startsWith("binary file: NUL byte at offset 2");
            });
  }

  @Test
  void utf16IsNamed() {
    byte[] bytes = "kind: Pod".getBytes(StandardCharsets.UTF_16); // with a byte order mark
    LoadResult result =
        new ManifestLoader().loadStream("wide.yaml", new ByteArrayInputStream(bytes));
    assertThat(Yaml.errorTexts(result)).singleElement().asString().contains("UTF-16");
  }

  @Test
  void utf8ByteOrderMarkIsFine() {
    LoadResult result =
        new ManifestLoader().loadString("bom.yaml", "\uFEFF" + Yaml.lines(Yaml.configMap("bom")));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(Yaml.at(result.resources().get(0), "/kind"))
        .isEqualTo(new Location("bom.yaml", 2, 1));
  }

  @Test
  void controlCharactersAreErrorsAtTheirPlace() {
    LoadResult result =
        Yaml.load(
            "ctl.yaml",
            concat(
                new String[] {"apiVersion: v1", "kind: Pod", "metadata: {name: \u0007}", "---"},
                Yaml.configMap("next")));
    assertThat(names(result)).containsExactly("next");
    assertThat(Yaml.errorTexts(result))
        .containsExactly("ctl.yaml:3:18 character U+0007 is not allowed in YAML; document skipped");
  }

  @Test
  void emptyFilesAndDocumentsAreFine() {
    ManifestLoader loader = new ManifestLoader();
    for (String text :
        List.of("", "\n\n", "# only a comment\n", "---\n---\n...\n", "~\n", "---\nnull\n")) {
      LoadResult result = loader.loadString("empty.yaml", text);
      assertThat(result.diagnostics()).as(text).isEmpty();
      assertThat(result.resources()).as(text).isEmpty();
    }
    LoadResult mixed =
        Yaml.load(
            "mixed.yaml",
            concat(
                new String[] {"---", "---", "# nothing"},
                new String[] {"---"},
                Yaml.configMap("c")));
    assertThat(mixed.diagnostics()).isEmpty();
    assertThat(mixed.resources())
        .singleElement()
        .satisfies(r -> assertThat(r.documentIndex()).isEqualTo(2));
  }

  @Test
  void missingPathIsAnErrorNamingIt() {
    String missing = dir.resolve("nope.yaml").toString();
    Path good = dir.resolve("good.yaml");
    LoadResult result;
    try {
      Files.writeString(good, Yaml.lines(Yaml.configMap("g")));
      result = new ManifestLoader().load(List.of(missing, good.toString()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(names(result)).containsExactly("g");
    assertThat(result.filesRead()).isEqualTo(1);
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.isError()).isTrue();
              assertThat(d.location()).isEqualTo(Location.ofFile(missing));
              assertThat(d.message()).isEqualTo("no such file or folder");
            });
  }

  @Test
  void undefinedAliasNonScalarKeyAndBadMergeAreErrors() {
    LoadResult result =
        Yaml.load(
            "odd.yaml",
            "a: *nowhere", // 1
            "---",
            "? [a, b]", // 3
            ": v",
            "---",
            "<<: just text"); // 6
    assertThat(result.diagnostics()).extracting(d -> d.location().line()).containsExactly(1, 3, 6);
    assertThat(result.diagnostics().get(0).message()).contains("undefined alias");
    assertThat(result.diagnostics().get(1).message()).contains("mapping key must be a scalar");
    assertThat(result.diagnostics().get(2).message()).contains("map merge (<<) requires a map");
  }

  @Test
  void scanGoesOnWithOtherFiles() throws IOException {
    Path broken = dir.resolve("a-broken.yaml");
    Path good = dir.resolve("b-good.yaml");
    Files.writeString(broken, "kind: [\n");
    Files.writeString(good, Yaml.lines(Yaml.configMap("good")));

    LoadResult result = new ManifestLoader().load(List.of(dir.toString()));

    assertThat(names(result)).containsExactly("good");
    assertThat(result.filesRead()).isEqualTo(2);
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.location().file()).isEqualTo(broken.toString()));
  }
}
