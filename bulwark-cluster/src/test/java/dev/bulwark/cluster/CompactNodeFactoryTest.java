package dev.bulwark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Trees built by {@link CompactNodeFactory} equal ordinary ones and share repeated short values. */
class CompactNodeFactoryTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Test
  void repeatedShortValuesShareOneNodeAndLongOnesDoNot() {
    CompactNodeFactory nodes = new CompactNodeFactory();
    JsonMapper compact = JsonMapper.builder().nodeFactory(nodes).build();
    String longValue = "x".repeat(500);
    JsonNode tree =
        compact.readTree(
            "{\"a\":{\"image\":\"nginx:1.27\"},\"b\":{\"image\":\"nginx:1.27\"},"
                + "\"c\":\"" + longValue + "\",\"d\":\"" + longValue + "\"}");

    assertThat(tree.at("/a/image")).isSameAs(tree.at("/b/image"));
    assertThat(tree.get("c")).isNotSameAs(tree.get("d")).isEqualTo(tree.get("d"));
    assertThat(nodes.sharedStrings()).isEqualTo(1);
  }

  @Test
  void randomDocumentsReadTheSameAsWithThePlainFactory() {
    Random random = new Random(20261130L);
    for (int i = 0; i < 300; i++) {
      String json = randomValue(random, 0, true);
      JsonMapper compact = JsonMapper.builder().nodeFactory(new CompactNodeFactory()).build();
      assertThat(compact.readTree(json)).as(json).isEqualTo(PLAIN.readTree(json));
      // Reading a second document with the same factory gives the same tree again.
      assertThat(compact.readTree(json)).as(json).isEqualTo(PLAIN.readTree(json));
    }
  }

  /** A JSON text: objects, arrays, strings drawn from a small pool (so they repeat), numbers. */
  private static String randomValue(Random random, int depth, boolean object) {
    int choice = object ? 0 : depth > 4 ? 2 + random.nextInt(3) : random.nextInt(5);
    return switch (choice) {
      case 0 -> {
        StringBuilder out = new StringBuilder("{");
        int fields = random.nextInt(6);
        for (int f = 0; f < fields; f++) {
          out.append(f > 0 ? "," : "").append("\"k").append(f).append("\":")
              .append(randomValue(random, depth + 1, false));
        }
        yield out.append('}').toString();
      }
      case 1 -> {
        StringBuilder out = new StringBuilder("[");
        int items = random.nextInt(5);
        for (int k = 0; k < items; k++) {
          out.append(k > 0 ? "," : "").append(randomValue(random, depth + 1, false));
        }
        yield out.append(']').toString();
      }
      case 2 -> "\"" + (random.nextBoolean() ? "v" + random.nextInt(8) : "w".repeat(random.nextInt(300))) + "\"";
      case 3 -> String.valueOf(random.nextInt(1000) - 500);
      default -> random.nextBoolean() ? "true" : "null";
    };
  }
}
