package dev.bulwark.checks.pss;

import dev.bulwark.api.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pods from JSON text for unit tests. */
final class PodBuilder {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PodBuilder() {}

  /** A Pod (Pod-only defaults apply) whose spec is the given JSON. */
  static PssPod pod(String specJson) {
    return pod("{}", specJson);
  }

  /** A Pod with metadata and spec from JSON. */
  static PssPod pod(String metadataJson, String specJson) {
    return PssPod.of(
        JSON.readTree(metadataJson),
        JSON.readTree(specJson),
        JsonPointer.of("metadata"),
        JsonPointer.of("spec"),
        true);
  }

  /** A pod template (no Pod-only defaults) whose spec is the given JSON. */
  static PssPod template(String specJson) {
    return PssPod.of(
        JSON.readTree("{}"),
        JSON.readTree(specJson),
        JsonPointer.of("spec", "template", "metadata"),
        JsonPointer.of("spec", "template", "spec"),
        false);
  }

  static JsonNode json(String text) {
    return JSON.readTree(text);
  }
}
