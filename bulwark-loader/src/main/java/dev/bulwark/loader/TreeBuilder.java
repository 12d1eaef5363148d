package dev.bulwark.loader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one composed YAML document into a Jackson tree and logs where every node came from: a
 * mapping entry at its key, a sequence item where it starts, the root where the document's content
 * starts.
 *
 * <p>snakeyaml-engine composes an alias as a second reference to the anchored node; here each
 * reference becomes its own copy, so every node produced is counted against {@code maxNodes} and
 * nesting reached through aliases is checked against {@code maxDepth}. Merge keys ({@code <<})
 * follow go-yaml v2, which Kubernetes uses: entries are applied in order and a later one wins, even
 * over an explicit key written before the merge; in a sequence of maps the earlier map wins.
 * Duplicate explicit keys are collected as problems, not thrown, so all of them get reported.
 */
final class TreeBuilder {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final int maxDepth;
  private final int maxNodes;
  private final int firstLine;
  private final PositionLog positions = new PositionLog();
  private final List<LoadProblem> duplicateKeys = new ArrayList<>();
  // A mapping reached again through an alias would report its duplicates once per alias.
  private final Set<Node> reportedKeys = Collections.newSetFromMap(new IdentityHashMap<>());
  private int nodes;

  /**
   * @param firstLine the 1-based line in the file where the parsed text starts
   */
  TreeBuilder(int maxDepth, int maxNodes, int firstLine) {
    this.maxDepth = maxDepth;
    this.maxNodes = maxNodes;
    this.firstLine = firstLine;
  }

  /**
   * Converts the document rooted at {@code root}.
   *
   * @throws LoadProblem when the document cannot become JSON or breaks a limit
   */
  JsonNode build(Node root) {
    record("", root);
    return convert(root, "", 0);
  }

  PositionLog positions() {
    return positions;
  }

  /** Explicit keys written twice in one mapping, in document order. */
  List<LoadProblem> duplicateKeys() {
    return duplicateKeys;
  }

  private JsonNode convert(Node node, String pointer, int enclosing) {
    if (++nodes > maxNodes) {
      throw problem(
          node,
          "document expands to more than "
              + maxNodes
              + " nodes once aliases are resolved (maxNodesPerDocument); document skipped");
    }
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    int level = enclosing + 1;
    if (level > maxDepth) {
      throw problem(
          node,
          "nesting is deeper than "
              + maxDepth
              + " levels once aliases are resolved (maxDepth);"
              + " document skipped");
    }
    if (node.isRecursive()) {
      throw problem(node, "an alias refers to a node that contains it; document skipped");
    }
    if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue();
      ArrayNode array = NODES.arrayNode(items.size());
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        String child = pointer + "/" + i;
        record(child, item);
        array.add(convert(item, child, level));
      }
      return array;
    }
    ObjectNode object = NODES.objectNode();
    fill((MappingNode) node, object, pointer, level, true);
    return object;
  }

  /**
   * Puts the entries of {@code mapping} into {@code target}.
   *
   * @param own true for the mapping's own entries, false when they are merged in from elsewhere
   *     (duplicates there are reported where that mapping is written)
   */
  private void fill(
      MappingNode mapping, ObjectNode target, String pointer, int level, boolean own) {
    Set<String> explicitKeys = null;
    for (NodeTuple entry : mapping.getValue()) {
      Node keyNode = entry.getKeyNode();
      if (isMergeKey(keyNode)) {
        if (own && explicitKeys == null) {
          // From here on a key already in the target may have come from the merge, which an
          // explicit key may override; only explicit repeats are duplicates.
          explicitKeys = new HashSet<>(target.propertyNames());
        }
        merge(entry.getValueNode(), target, pointer, level);
        continue;
      }
      String key = keyText(keyNode);
      String child = pointer + "/" + escape(key);
      record(child, keyNode);
      JsonNode value = convert(entry.getValueNode(), child, level);
      if (own) {
        boolean repeated = explicitKeys == null ? target.has(key) : !explicitKeys.add(key);
        if (repeated && reportedKeys.add(keyNode)) {
          duplicateKeys.add(problem(keyNode, "duplicate key '" + key + "' in mapping"));
        }
      }
      target.set(key, value);
    }
  }

  private void merge(Node source, ObjectNode target, String pointer, int level) {
    if (source.isRecursive()) {
      throw problem(source, "an alias refers to a node that contains it; document skipped");
    }
    if (source instanceof MappingNode mapping) {
      fill(mapping, target, pointer, level, false);
      return;
    }
    if (source instanceof SequenceNode sequence) {
      List<Node> maps = sequence.getValue();
      // Walk backwards so that earlier maps, applied last, take precedence (go-yaml v2).
      for (int i = maps.size() - 1; i >= 0; i--) {
        if (!(maps.get(i) instanceof MappingNode mapping)) {
          throw problem(maps.get(i), mergeNeedsMaps());
        }
        fill(mapping, target, pointer, level, false);
      }
      return;
    }
    throw problem(source, mergeNeedsMaps());
  }

  private static String mergeNeedsMaps() {
    return "map merge (<<) requires a map or a sequence of maps as its value; document skipped";
  }

  private JsonNode scalar(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    if (tag == DeferredResolutionSchema.PLAIN) {
      return KubernetesScalars.resolvePlain(scalar.getValue());
    }
    if (tag.equals(Tag.STR)) {
      return NODES.stringNode(scalar.getValue());
    }
    try {
      return KubernetesScalars.resolveTagged(tag.getValue(), scalar.getValue());
    } catch (IllegalArgumentException e) {
      throw problem(scalar, e.getMessage() + "; document skipped");
    }
  }

  private String keyText(Node keyNode) {
    if (!(keyNode instanceof ScalarNode scalar)) {
      String what = keyNode instanceof SequenceNode ? "a sequence" : "a mapping";
      throw problem(keyNode, "a mapping key must be a scalar, not " + what + "; document skipped");
    }
    if (scalar.getTag() == DeferredResolutionSchema.PLAIN
        && KubernetesScalars.staysString(scalar.getValue())) {
      return scalar.getValue();
    }
    try {
      return KubernetesScalars.keyText(scalar(scalar));
    } catch (IllegalArgumentException e) {
      throw problem(keyNode, e.getMessage() + "; document skipped");
    }
  }

  private static boolean isMergeKey(Node keyNode) {
    return keyNode instanceof ScalarNode scalar
        && scalar.getTag() == DeferredResolutionSchema.PLAIN
        && "<<".equals(scalar.getValue());
  }

  private void record(String pointer, Node node) {
    node.getStartMark()
        .ifPresent(
            mark -> positions.add(pointer, firstLine + mark.getLine(), mark.getColumn() + 1));
  }

  private LoadProblem problem(Node node, String message) {
    return LoadProblem.at(message, node.getStartMark(), firstLine);
  }

  /** RFC 6901 escaping of one reference token. */
  static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }
}
