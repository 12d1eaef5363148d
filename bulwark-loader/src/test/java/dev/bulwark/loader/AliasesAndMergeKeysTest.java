package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Aliases are expanded into copies; {@code <<} merges follow go-yaml v2 as Kubernetes does. */
class AliasesAndMergeKeysTest {

  private static JsonNode read(String... lines) throws LoadException {
    return YamlTrees.read("m.yaml", Yaml.lines(lines)).root();
  }

  @Test
  void aliasesAreExpandedIntoIndependentCopies() throws LoadException {
    JsonNode root = read("base: &b {image: nginx, ports: [80]}", "one: *b", "two: *b");
    assertThat(root.get("one")).isEqualTo(root.get("base"));
    assertThat(root.get("two")).isEqualTo(root.get("base"));
    assertThat(root.get("one")).isNotSameAs(root.get("two"));
  }

  @Test
  void mergeAddsKeysAndLaterExplicitKeysWin() throws LoadException {
    JsonNode root =
        read("defaults: &d {cpu: 100m, memory: 64Mi}", "limits:", "  <<: *d", "  memory: 128Mi");
    assertThat(root.get("limits").toString()).isEqualTo("{\"cpu\":\"100m\",\"memory\":\"128Mi\"}");
  }

  @Test
  void mergeAfterAnExplicitKeyOverridesItAsInGoYamlV2() throws LoadException {
    // YAML 1.1's merge spec says explicit keys win; go-yaml v2 (and so Kubernetes) applies
    // entries in order, so a merge written after a key replaces it.
    JsonNode root = read("d: &d {a: 1}", "m:", "  a: 2", "  <<: *d");
    assertThat(root.at("/m/a").intValue()).isEqualTo(1);
  }

  @Test
  void inASequenceOfMapsTheEarlierMapWins() throws LoadException {
    JsonNode root =
        read("x: &x {a: 1, b: 1}", "y: &y {b: 2, c: 2}", "m:", "  <<: [*x, *y]", "  c: 3");
    assertThat(root.get("m").toString()).isEqualTo("{\"b\":1,\"c\":3,\"a\":1}");
  }

  @Test
  void mergedKeysHavePositionsAtTheirSource() throws LoadException {
    YamlTree tree =
        YamlTrees.read("m.yaml", Yaml.lines("d: &d", "  cpu: 1", "m:", "  <<: *d", "  mem: 2"));
    assertThat(tree.sourceMap().locate(dev.bulwark.api.JsonPointer.parse("/m/cpu")).line())
        .isEqualTo(2);
    assertThat(tree.sourceMap().locate(dev.bulwark.api.JsonPointer.parse("/m/mem")).line())
        .isEqualTo(5);
  }

  @Test
  void overridingAMergedKeyIsNotADuplicate() throws LoadException {
    JsonNode root = read("d: &d {a: 1}", "m:", "  <<: *d", "  a: 2");
    assertThat(root.at("/m/a").intValue()).isEqualTo(2);
  }

  @Test
  void quotedDoubleAngleIsAnOrdinaryKey() throws LoadException {
    JsonNode root = read("m:", "  \"<<\": {a: 1}");
    assertThat(root.at("/m").has("<<")).isTrue();
  }

  @Test
  void mergeOfAScalarIsAnError() {
    assertThatThrownBy(() -> read("m:", "  <<: [{a: 1}, text]"))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("m.yaml:2:16")
        .hasMessageContaining("map merge (<<) requires a map or a sequence of maps");
  }

  @Test
  void recursiveAliasIsAnError() {
    assertThatThrownBy(() -> read("a: &a", "  b: *a"))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("refers to a node that contains it");
    assertThatThrownBy(() -> read("a: &a [1, *a]"))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("refers to a node that contains it");
  }

  @Test
  void duplicateInsideAnAliasedMappingIsReportedOnce() {
    LoadResult result =
        Yaml.load("d.yaml", "base: &b {a: 1, a: 2}", "x: *b", "y: *b");
    assertThat(Yaml.errorTexts(result)).containsExactly("d.yaml:1:17 duplicate key 'a' in mapping");
  }
}
