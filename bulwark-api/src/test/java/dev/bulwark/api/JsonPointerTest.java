package dev.bulwark.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPointerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/spec/containers/0/image | spec,containers,0,image",
        "/metadata/annotations/ignore-check.bulwark.dev~1run-as-root | metadata,annotations,ignore-check.bulwark.dev/run-as-root",
        "/a~0b | a~b",
        "/a~01 | a~1",
      })
  void escapesPerRfc6901(String text, String tokens) {
    JsonPointer p = JsonPointer.of(tokens.split(","));
    assertThat(p).hasToString(text);
    assertThat(JsonPointer.parse(text)).isEqualTo(p);
    assertThat(JsonPointer.parse(text).tokens()).containsExactly(tokens.split(","));
  }

  @Test
  void rootAndParents() {
    assertThat(JsonPointer.ROOT).hasToString("");
    assertThat(JsonPointer.parse("")).isSameAs(JsonPointer.ROOT);
    assertThat(JsonPointer.ROOT.parent()).isSameAs(JsonPointer.ROOT);
    assertThat(JsonPointer.of("a", "b").parent()).isEqualTo(JsonPointer.of("a"));
    assertThat(JsonPointer.of("a", "b").last()).isEqualTo("b");
    assertThatThrownBy(() -> JsonPointer.parse("a/b")).hasMessageContaining("must start with '/'");
  }

  @Test
  void containsIsPrefixByWholeTokens() {
    JsonPointer spec = JsonPointer.of("spec");
    assertThat(spec.contains(JsonPointer.of("spec", "x"))).isTrue();
    assertThat(spec.contains(spec)).isTrue();
    assertThat(spec.contains(JsonPointer.of("specs"))).isFalse();
    assertThat(JsonPointer.ROOT.contains(spec)).isTrue();
    assertThat(spec.contains(JsonPointer.ROOT)).isFalse();
  }

  /** Any token list survives text and back, with the same parent chain (seeded, reproducible). */
  @Test
  void randomTokenListsRoundTrip() {
    Random random = new Random(20261130);
    String alphabet = "ab~/0-._ é";
    for (int round = 0; round < 2_000; round++) {
      List<String> tokens = new ArrayList<>();
      int depth = random.nextInt(8);
      for (int i = 0; i < depth; i++) {
        StringBuilder t = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
          t.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        tokens.add(t.toString());
      }
      JsonPointer built = JsonPointer.of(tokens.toArray(String[]::new));
      JsonPointer parsed = JsonPointer.parse(built.toString());
      assertThat(parsed).isEqualTo(built);
      assertThat(parsed.tokens()).isEqualTo(tokens);
      assertThat(parsed.hashCode()).isEqualTo(built.hashCode());
      if (!tokens.isEmpty()) {
        assertThat(parsed.parent().tokens()).isEqualTo(tokens.subList(0, tokens.size() - 1));
      }
    }
  }
}
