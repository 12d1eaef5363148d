package dev.bulwark.engine;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.SourceMap;
import java.util.Arrays;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Builds resources from JSON text for engine tests, with one line per object. */
final class TestResources {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TestResources() {}

  static Resource resource(String file, int line, String json) {
    ObjectNode node = (ObjectNode) JSON.readTree(json);
    ObjectNode meta = (ObjectNode) node.path("metadata");
    ObjectRef ref =
        new ObjectRef(
            node.path("apiVersion").asString(),
            node.path("kind").asString(),
            meta.has("namespace") ? meta.path("namespace").asString() : null,
            meta.path("name").asString());
    SourceMap map =
        SourceMap.builder(file)
            .put(JsonPointer.ROOT, line, 1)
            .put(JsonPointer.of("spec"), line + 1, 1)
            .put(JsonPointer.of("spec", "bad"), line + 2, 3)
            .build();
    return new Resource(ref, node, 0, map);
  }

  static Resource pod(String namespace, String name, boolean bad, String annotationsJson) {
    String ns = namespace == null ? "" : "\"namespace\":\"" + namespace + "\",";
    return resource(
        name + ".yaml",
        1,
        "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{"
            + ns
            + "\"name\":\""
            + name
            + "\",\"labels\":{\"app\":\""
            + name
            + "\"},\"annotations\":"
            + annotationsJson
            + "},\"spec\":{\"bad\":"
            + bad
            + "}}");
  }

  static Inventory inventory(Resource... resources) {
    return Inventory.of(Arrays.asList(resources));
  }
}
