package dev.bulwark.loader;

import dev.bulwark.api.SourceMap;
import tools.jackson.databind.JsonNode;

/**
 * One YAML document read by {@link YamlTrees}: its tree and where each node sits.
 *
 * @param root the document; a {@code NullNode} when the file is empty
 * @param sourceMap JSON Pointer → line and column in the file
 */
public record YamlTree(JsonNode root, SourceMap sourceMap) {}
