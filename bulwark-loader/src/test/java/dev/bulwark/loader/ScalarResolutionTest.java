package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.api.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Scalars resolve as Kubernetes (go-yaml v2) resolves them; the golden table is the spec. */
class ScalarResolutionTest {

  static Stream<Arguments> goldenTable() throws IOException {
    try (InputStream in =
        ScalarResolutionTest.class.getResourceAsStream("/scalar-resolution.tsv")) {
      String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Arrays.stream(table.split("\n"))
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", -1))
          .map(cols -> Arguments.of(cols[0], cols[1], cols[2]))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("goldenTable")
  void plainScalarResolvesLikeKubernetes(String scalar, String type, String expected)
      throws LoadException {
    String text = scalar.equals("<empty>") ? "v:\n" : "v: " + scalar + "\n";
    JsonNode value = YamlTrees.read("table.yaml", text).root().get("v");

    switch (type) {
      case "bool" ->
          assertThat(value.isBoolean() && value.booleanValue() == Boolean.parseBoolean(expected))
              .as(value.toString())
              .isTrue();
      case "null" -> assertThat(value.isNull()).as(value.toString()).isTrue();
      case "int" -> {
        assertThat(value.isInt()).as(value.getClass().getSimpleName()).isTrue();
        assertThat(value.intValue()).isEqualTo(Integer.parseInt(expected));
      }
      case "long" -> {
        assertThat(value.isLong()).as(value.getClass().getSimpleName()).isTrue();
        assertThat(value.longValue()).isEqualTo(Long.parseLong(expected));
      }
      case "bigint" -> {
        assertThat(value.isBigInteger()).as(value.getClass().getSimpleName()).isTrue();
        assertThat(value.bigIntegerValue()).isEqualTo(new BigInteger(expected));
      }
      case "float" -> {
        assertThat(value.isDouble()).as(value.getClass().getSimpleName()).isTrue();
        assertThat(Double.valueOf(value.doubleValue())).isEqualTo(Double.valueOf(expected));
      }
      case "string" -> {
        assertThat(value.isString()).as(value.toString()).isTrue();
        assertThat(value.asString()).isEqualTo(expected);
      }
      default -> throw new IllegalArgumentException("unknown type in table: " + type);
    }
  }

  @Test
  void privilegedYesIsBooleanTrue() {
    LoadResult result =
        Yaml.load(
            "pod.yaml",
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: p}",
            "spec:",
            "  containers:",
            "  - name: c",
            "    image: nginx",
            "    securityContext:",
            "      privileged: yes",
            "      allowPrivilegeEscalation: off");

    Resource pod = result.resources().get(0);
    JsonNode context = pod.object().at("/spec/containers/0/securityContext");
    assertThat(context.get("privileged").isBoolean()).isTrue();
    assertThat(context.get("privileged").booleanValue()).isTrue();
    assertThat(context.get("allowPrivilegeEscalation").booleanValue()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          "yes"          | yes
          'yes'          | yes
          "0755"         | 0755
          '~'            | ~
          ''             | ''
          !!str yes      | yes
          !!str 0755     | 0755
          !!binary aGk=  | aGk=
          !custom on     | on
          "1.5"          | 1.5
          """)
  void quotedAndStringTaggedScalarsStayStrings(String written, String expected)
      throws LoadException {
    JsonNode value = YamlTrees.read("q.yaml", "v: " + written + "\n").root().get("v");
    assertThat(value.isString()).as(value.toString()).isTrue();
    assertThat(value.asString()).isEqualTo(expected.equals("''") ? "" : expected);
  }

  @Test
  void blockScalarsStayStrings() throws LoadException {
    JsonNode root =
        YamlTrees.read("b.yaml", Yaml.lines("a: |", "  yes", "b: >-", "  0755", "c: |-", "  ~"))
            .root();
    assertThat(root.get("a").asString()).isEqualTo("yes\n");
    assertThat(root.get("b").asString()).isEqualTo("0755");
    assertThat(root.get("c").asString()).isEqualTo("~");
  }

  @Test
  void explicitStandardTagsResolveTheText() throws LoadException {
    JsonNode root =
        YamlTrees.read(
                "t.yaml",
                Yaml.lines(
                    "i: !!int \"0755\"",
                    "f: !!float 1",
                    "b: !!bool 'yes'",
                    "nil: !!null ''",
                    "s: !!timestamp 2001-12-14"))
            .root();
    assertThat(root.get("i").intValue()).isEqualTo(493);
    assertThat(root.get("f").isDouble()).isTrue();
    assertThat(root.get("f").doubleValue()).isEqualTo(1.0);
    assertThat(root.get("b").booleanValue()).isTrue();
    assertThat(root.get("nil").isNull()).isTrue();
    assertThat(root.get("s").asString()).isEqualTo("2001-12-14");
  }

  @Test
  void explicitTagThatDoesNotFitIsAnError() {
    assertThatThrownBy(() -> YamlTrees.read("t.yaml", "port: !!int eighty\n"))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("t.yaml:1:7")
        .hasMessageContaining("cannot decode !!str `eighty` as a !!int");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          y       | true
          no      | false
          'yes'   | yes
          1       | 1
          0x1F    | 31
          0755    | 493
          1.5     | 1.5
          1.0     | 1
          .5      | 0.5
          1e5     | 100000
          1e6     | 1e+06
          1e-5    | 1e-05
          .inf    | .inf
          -.inf   | -.inf
          app     | app
          """)
  void mappingKeysBecomeStringsLikeSigsK8sYaml(String key, String expected) throws LoadException {
    JsonNode root = YamlTrees.read("k.yaml", key + ": x\n").root();
    assertThat(root.propertyNames()).containsExactly(expected);
  }

  @Test
  void keyNIsFalseAsInKubernetes() throws LoadException {
    // A classic surprise that Kubernetes shares: the plain key n is the boolean false.
    assertThat(YamlTrees.read("k.yaml", "n: 1\n").root().has("false")).isTrue();
  }

  @Test
  void nullKeyIsAnError() {
    assertThatThrownBy(() -> YamlTrees.read("k.yaml", "a: 1\n~: x\n"))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("k.yaml:2:1")
        .hasMessageContaining("null mapping key");
  }
}
