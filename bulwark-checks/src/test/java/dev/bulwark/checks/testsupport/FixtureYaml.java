package dev.bulwark.checks.testsupport;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.SourceMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the loader, good enough for fixtures: YAML documents into resources with positions
 * (a mapping entry at its key, a list item where it starts), plain scalars resolved by YAML 1.1 as
 * Kubernetes resolves them, {@code List} kinds expanded. Replace with the real loader once {@code
 * bulwark-loader} exists.
 */
public final class FixtureYaml {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> TRUES =
      Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSES =
      Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");

  private FixtureYaml() {}

  /** Every object in the file, List items expanded, in file order. */
  public static List<Resource> read(Path file) throws IOException {
    String text = Files.readString(file);
    Compose compose = new Compose(LoadSettings.builder().setLabel(file.toString()).build());
    List<Resource> out = new ArrayList<>();
    int documentIndex = 0;
    for (Node root : compose.composeAllFromString(text)) {
      SourceMap.Builder positions = SourceMap.builder(file.toString());
      record(positions, JsonPointer.ROOT, root);
      JsonNode tree = convert(root, JsonPointer.ROOT, positions);
      if (tree instanceof ObjectNode object) {
        if ("List".equals(object.path("kind").asString("")) && object.path("items").isArray()) {
          for (int i = 0; i < object.path("items").size(); i++) {
            if (object.path("items").get(i) instanceof ObjectNode item) {
              JsonPointer prefix = JsonPointer.ROOT.append("items").append(i);
              out.add(TestResources.of(item, positions.buildBelow(prefix), documentIndex));
            }
          }
        } else {
          out.add(TestResources.of(object, positions.build(), documentIndex));
        }
      }
      documentIndex++;
    }
    return out;
  }

  private static JsonNode convert(Node node, JsonPointer pointer, SourceMap.Builder positions) {
    if (node instanceof MappingNode mapping) {
      ObjectNode object = NODES.objectNode();
      for (NodeTuple entry : mapping.getValue()) {
        String key = ((ScalarNode) entry.getKeyNode()).getValue();
        JsonPointer child = pointer.append(key);
        record(positions, child, entry.getKeyNode());
        object.set(key, convert(entry.getValueNode(), child, positions));
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode();
      for (int i = 0; i < sequence.getValue().size(); i++) {
        Node item = sequence.getValue().get(i);
        JsonPointer child = pointer.append(i);
        record(positions, child, item);
        array.add(convert(item, child, positions));
      }
      return array;
    }
    ScalarNode scalar = (ScalarNode) node;
    return scalar.isPlain() ? resolvePlain(scalar.getValue()) : NODES.stringNode(scalar.getValue());
  }

  private static JsonNode resolvePlain(String text) {
    if (NULLS.contains(text)) {
      return NODES.nullNode();
    }
    if (TRUES.contains(text)) {
      return NODES.booleanNode(true);
    }
    if (FALSES.contains(text)) {
      return NODES.booleanNode(false);
    }
    if (DECIMAL.matcher(text).matches()) {
      return NODES.numberNode(new java.math.BigInteger(text.replace("_", "")));
    }
    if (FLOAT.matcher(text).matches()) {
      return NODES.numberNode(Double.parseDouble(text.replace("_", "")));
    }
    return NODES.stringNode(text);
  }

  private static void record(SourceMap.Builder positions, JsonPointer pointer, Node node) {
    node.getStartMark()
        .ifPresent(mark -> positions.put(pointer, mark.getLine() + 1, mark.getColumn() + 1));
  }
}
