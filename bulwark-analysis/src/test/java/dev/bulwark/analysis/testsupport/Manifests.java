package dev.bulwark.analysis.testsupport;

import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** YAML text into resources without positions: enough for model tests, which need no lines. */
public final class Manifests {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Manifests() {}

  /** Every document of the text as a resource. */
  public static List<Resource> parse(String yaml) {
    List<Resource> out = new ArrayList<>();
    int index = 0;
    for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
      if (doc instanceof Map<?, ?> map) {
        out.add(resource((ObjectNode) tree(map), index));
      }
      index++;
    }
    return out;
  }

  /** A resource around an object tree. */
  public static Resource resource(ObjectNode object, int documentIndex) {
    JsonNode meta = object.path("metadata");
    String ns = meta.path("namespace").asString(null);
    ObjectRef ref =
        new ObjectRef(
            object.path("apiVersion").asString(""),
            object.path("kind").asString(""),
            ns == null || ns.isEmpty() ? null : ns,
            meta.path("name").asString(""));
    return new Resource(ref, object, documentIndex, SourceMap.builder("test.yaml").build());
  }

  private static JsonNode tree(Object value) {
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      map.forEach((k, v) -> node.set(String.valueOf(k), tree(v)));
      return node;
    }
    if (value instanceof List<?> list) {
      ArrayNode node = NODES.arrayNode();
      list.forEach(v -> node.add(tree(v)));
      return node;
    }
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Number n) {
      return NODES.numberNode(n.longValue());
    }
    return NODES.stringNode(String.valueOf(value));
  }
}
