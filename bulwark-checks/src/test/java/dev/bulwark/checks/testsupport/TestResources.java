package dev.bulwark.checks.testsupport;

import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.SourceMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Builds resources from JSON text, without positions, for checks tested without the loader. */
public final class TestResources {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TestResources() {}

  /** A resource from a JSON object; identity comes from apiVersion, kind and metadata. */
  public static Resource fromJson(String json) {
    return of((ObjectNode) JSON.readTree(json), SourceMap.EMPTY, 0);
  }

  /** A Pod whose {@code spec} is the given JSON object. */
  public static Resource pod(String specJson) {
    return fromJson(
        "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"},\"spec\":"
            + specJson
            + "}");
  }

  /** A resource from a tree already built. */
  public static Resource of(ObjectNode object, SourceMap sourceMap, int documentIndex) {
    JsonNode metadata = object.path("metadata");
    ObjectRef ref =
        new ObjectRef(
            object.path("apiVersion").asString(""),
            object.path("kind").asString(""),
            metadata.path("namespace").isString() ? metadata.path("namespace").asString() : null,
            metadata.path("name").asString(""));
    return new Resource(ref, object, documentIndex, sourceMap);
  }
}
