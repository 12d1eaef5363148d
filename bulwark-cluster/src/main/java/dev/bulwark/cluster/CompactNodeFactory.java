package dev.bulwark.cluster;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Builds the trees of one cluster read with less memory: a cluster's objects repeat the same
 * values (images, label values, namespaces, kinds) thousands of times, so equal short strings
 * share one immutable node, and objects, most of which have few fields, start with small maps.
 * Not thread-safe: one factory per read.
 */
final class CompactNodeFactory extends JsonNodeFactory {
  private static final long serialVersionUID = 1L;

  /** Longer values (scripts, certificates, config files) are rarely repeated verbatim. */
  private static final int MAX_SHARED_LENGTH = 200;

  private final transient Map<String, StringNode> strings = new HashMap<>();

  @Override
  public StringNode stringNode(String text) {
    if (text == null || text.length() > MAX_SHARED_LENGTH) {
      return super.stringNode(text);
    }
    StringNode shared = strings.get(text);
    if (shared == null) {
      shared = super.stringNode(text);
      strings.put(text, shared);
    }
    return shared;
  }

  @Override
  public ObjectNode objectNode() {
    return new ObjectNode(this, new LinkedHashMap<>(4));
  }

  /** Distinct values shared so far. */
  int sharedStrings() {
    return strings.size();
  }
}
