package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: any tree of mappings, sequences and scalars, written as block YAML, reads back equal,
 * with a position for every node exactly where the writer put it; written as JSON, it reads back
 * equal too. Trees come from a seeded generator (seed = case number), so a failure names the case
 * that reproduces it. (The project uses no property-testing library; see docs/architecture.md.)
 */
class RoundTripPropertyTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int CASES = 400;

  static Stream<Long> seeds() {
    return IntStream.range(0, CASES).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void blockYamlReadsBackEqualWithEveryPosition(long seed) throws LoadException {
    ObjectNode document = new TreeGenerator(new Random(seed)).mapping(4);
    BlockWriter writer = new BlockWriter();
    String yaml = writer.write(document);

    YamlTree tree = YamlTrees.read("prop.yaml", yaml);

    assertThat(tree.root()).as(yaml).isEqualTo(document);
    assertThat(tree.sourceMap().size()).as(yaml).isEqualTo(writer.positions.size());
    writer.positions.forEach(
        (pointer, place) -> {
          JsonPointer p = JsonPointer.parse(pointer);
          assertThat(tree.sourceMap().has(p)).as(pointer + " in\n" + yaml).isTrue();
          assertThat(tree.sourceMap().locate(p))
              .as(pointer + " in\n" + yaml)
              .isEqualTo(new Location("prop.yaml", place[0], place[1]));
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jsonReadsBackEqual(long seed) throws LoadException {
    ObjectNode document = new TreeGenerator(new Random(seed)).mapping(4);
    String json = JsonMapper.shared().writeValueAsString(document);
    assertThat(YamlTrees.read("prop.json", json).root()).as(json).isEqualTo(document);
  }

  /** Random trees biased towards what trips YAML up: look-alike words, quotes, escapes. */
  private static final class TreeGenerator {
    private static final String[] TRICKY = {
      "yes",
      "no",
      "on",
      "y",
      "0755",
      "0x1F",
      "~",
      "null",
      "1.5",
      ".inf",
      "",
      "'",
      "\"",
      "a: b",
      "#x",
      "- x",
      "{{ x }}",
      "multi\nline",
      "tab\there",
      "\u00e9\u4e2d\uD83D\uDE00",
      "<<",
      "a/b",
      "x~y",
      "---",
      "...",
      " lead",
      "trail ",
      "\\"
    };
    private final Random random;

    TreeGenerator(Random random) {
      this.random = random;
    }

    ObjectNode mapping(int depth) {
      ObjectNode object = NODES.objectNode();
      int size = random.nextInt(6);
      for (int i = 0; i < size; i++) {
        object.set(text(), value(depth - 1));
      }
      return object;
    }

    private JsonNode value(int depth) {
      int pick = random.nextInt(depth <= 0 ? 4 : 6);
      return switch (pick) {
        case 0, 1, 2, 3 -> scalar();
        case 4 -> mapping(depth);
        default -> sequence(depth);
      };
    }

    private ArrayNode sequence(int depth) {
      ArrayNode array = NODES.arrayNode();
      int size = random.nextInt(5);
      for (int i = 0; i < size; i++) {
        array.add(value(depth - 1));
      }
      return array;
    }

    private JsonNode scalar() {
      return switch (random.nextInt(7)) {
        case 0, 1 -> NODES.stringNode(text());
        case 2 -> NODES.numberNode(random.nextInt());
        case 3 -> NODES.numberNode(random.nextLong() | (1L << 40)); // beyond int
        case 4 -> NODES.booleanNode(random.nextBoolean());
        case 5 -> NODES.nullNode();
        default -> NODES.numberNode(Math.round(random.nextGaussian() * 1e6) / 1000.0);
      };
    }

    private String text() {
      if (random.nextInt(3) == 0) {
        return TRICKY[random.nextInt(TRICKY.length)];
      }
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(10);
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(20);
        text.append(
            kind == 0
                ? '\u0001'
                : kind == 1 ? '\n' : kind == 2 ? '\u4e2d' : (char) (' ' + random.nextInt(95)));
      }
      return text.toString();
    }
  }

  /**
   * Writes block YAML with every string and key double-quoted, and records where each node lands: a
   * key's opening quote for entries, the item's start for sequence items, 1:1 for the root.
   */
  private static final class BlockWriter {
    final Map<String, int[]> positions = new LinkedHashMap<>();
    private final StringBuilder out = new StringBuilder();
    private int line = 1;

    String write(ObjectNode root) {
      positions.put("", new int[] {1, 1});
      if (root.isEmpty()) {
        out.append("{}\n");
      } else {
        writeMapping(root, "", 0, false);
      }
      return out.toString();
    }

    /** Writes entries at {@code indent}; the first continues the current line if asked. */
    private void writeMapping(ObjectNode mapping, String pointer, int indent, boolean inline) {
      boolean first = true;
      for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
        if (!(first && inline)) {
          out.append(" ".repeat(indent));
        }
        first = false;
        String child = pointer + "/" + TreeBuilder.escape(entry.getKey());
        positions.put(child, new int[] {line, indent + 1});
        out.append(quote(entry.getKey())).append(':');
        writeValue(entry.getValue(), child, indent + 2);
      }
    }

    /** After "key:": a scalar or empty collection inline, else a block on the next lines. */
    private void writeValue(JsonNode value, String pointer, int indent) {
      if (isInline(value)) {
        out.append(' ').append(scalar(value)).append('\n');
        line++;
        return;
      }
      out.append('\n');
      line++;
      if (value.isObject()) {
        writeMapping((ObjectNode) value, pointer, indent, false);
      } else {
        writeSequence((ArrayNode) value, pointer, indent);
      }
    }

    private void writeSequence(ArrayNode sequence, String pointer, int indent) {
      for (int i = 0; i < sequence.size(); i++) {
        JsonNode item = sequence.get(i);
        String child = pointer + "/" + i;
        out.append(" ".repeat(indent)).append('-');
        if (item.isObject() && !item.isEmpty()) {
          // "- key: value": the item starts at its first key, on the dash's line.
          out.append(' ');
          positions.put(child, new int[] {line, indent + 3});
          writeMapping((ObjectNode) item, child, indent + 2, true);
        } else if (isInline(item)) {
          positions.put(child, new int[] {line, indent + 3});
          out.append(' ').append(scalar(item)).append('\n');
          line++;
        } else {
          // A nested sequence starts on the next line, at its first dash.
          positions.put(child, new int[] {line + 1, indent + 3});
          out.append('\n');
          line++;
          writeSequence((ArrayNode) item, child, indent + 2);
        }
      }
    }

    private static boolean isInline(JsonNode value) {
      return value.isValueNode() || value.isEmpty();
    }

    private static String scalar(JsonNode value) {
      if (value.isObject()) {
        return "{}";
      }
      if (value.isArray()) {
        return "[]";
      }
      if (value.isString()) {
        return quote(value.asString());
      }
      return value.toString(); // numbers, booleans and null read back as themselves
    }

    private static String quote(String text) {
      StringBuilder quoted = new StringBuilder("\"");
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '"' -> quoted.append("\\\"");
          case '\\' -> quoted.append("\\\\");
          case '\n' -> quoted.append("\\n");
          case '\t' -> quoted.append("\\t");
          default -> {
            if (c < 0x20 || c == 0x7f) {
              quoted.append(String.format("\\x%02x", (int) c));
            } else {
              quoted.append(c);
            }
          }
        }
      }
      return quoted.append('"').toString();
    }
  }
}
