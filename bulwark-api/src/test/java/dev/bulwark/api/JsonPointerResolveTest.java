package dev.bulwark.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@link JsonPointer#resolve} must select exactly what Jackson's {@code at(String)} selects. */
class JsonPointerResolveTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Tokens where the two could part: index syntax, escapes, empty keys, digits in object keys. */
  private static final List<String> TOKENS =
      List.of(
          "0", "1", "2", "00", "01", "-1", "+1", "1e0", " 1", "1 ", "", "a", "a/b", "a~b", "~1",
          "2147483647", "2147483648", "9999999999", "10000000000", "0x1", "１");

  @ParameterizedTest
  @ValueSource(
      strings = {"0", "1", "00", "01", "-1", "+1", "", "2147483647", "2147483648", "99999999999", "a"})
  void arrayIndexSyntaxMatchesJackson(String token) {
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < 3; i++) {
      array.add("item" + i);
    }
    JsonPointer pointer = JsonPointer.of(token);
    assertThat(pointer.resolve(array)).isEqualTo(array.at(pointer.toString()));
  }

  @Test
  void rootIsTheNodeItself() {
    ObjectNode object = NODES.objectNode().put("a", 1);
    assertThat(JsonPointer.ROOT.resolve(object)).isSameAs(object);
  }

  @Test
  void missingAndScalarParentsGiveMissing() {
    ObjectNode object = NODES.objectNode().put("a", 1);
    assertThat(JsonPointer.of("a", "b").resolve(object).isMissingNode()).isTrue();
    assertThat(JsonPointer.of("x", "y").resolve(object).isMissingNode()).isTrue();
    assertThat(JsonPointer.of("a").resolve(object).asInt()).isEqualTo(1);
  }

  @Test
  void randomTreesAndPointersAgreeWithJackson() {
    Random random = new Random(20261130L);
    for (int tree = 0; tree < 300; tree++) {
      JsonNode root = randomNode(random, 4);
      for (int p = 0; p < 60; p++) {
        JsonPointer pointer = randomPointer(random, root);
        JsonNode expected = root.at(pointer.toString());
        JsonNode actual = pointer.resolve(root);
        assertThat(actual).as("pointer %s in %s", pointer, root).isEqualTo(expected);
        assertThat(actual.isMissingNode()).isEqualTo(expected.isMissingNode());
      }
    }
  }

  private static JsonNode randomNode(Random random, int depth) {
    int shape = depth == 0 ? 2 + random.nextInt(2) : random.nextInt(4);
    switch (shape) {
      case 0 -> {
        ObjectNode object = NODES.objectNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          object.set(TOKENS.get(random.nextInt(TOKENS.size())), randomNode(random, depth - 1));
        }
        return object;
      }
      case 1 -> {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          array.add(randomNode(random, depth - 1));
        }
        return array;
      }
      case 2 -> {
        return NODES.textNode("s" + random.nextInt(10));
      }
      default -> {
        return random.nextBoolean() ? NODES.numberNode(random.nextInt(5)) : NODES.nullNode();
      }
    }
  }

  /** Mostly paths that exist (so hits are compared too), with random detours. */
  private static JsonPointer randomPointer(Random random, JsonNode root) {
    JsonPointer pointer = JsonPointer.ROOT;
    JsonNode node = root;
    int length = random.nextInt(5);
    for (int i = 0; i < length; i++) {
      List<String> existing = new ArrayList<>();
      if (node.isObject()) {
        existing.addAll(node.propertyNames());
      } else if (node.isArray()) {
        for (int j = 0; j < node.size(); j++) {
          existing.add(Integer.toString(j));
        }
      }
      String token =
          !existing.isEmpty() && random.nextInt(3) > 0
              ? existing.get(random.nextInt(existing.size()))
              : TOKENS.get(random.nextInt(TOKENS.size()));
      pointer = pointer.append(token);
      node = node.at(JsonPointer.of(token).toString());
    }
    return pointer;
  }
}
