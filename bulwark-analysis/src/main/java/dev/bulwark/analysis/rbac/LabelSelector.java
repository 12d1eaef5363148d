package dev.bulwark.analysis.rbac;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions}, ANDed), as used in
 * {@code aggregationRule.clusterRoleSelectors}. An empty selector matches everything; a selector
 * with an unknown operator matches nothing (the API would have rejected it).
 *
 * @param matchLabels exact label values required
 * @param expressions the expressions
 */
public record LabelSelector(Map<String, String> matchLabels, List<Expression> expressions) {

  /**
   * One {@code matchExpressions} entry.
   *
   * @param key label key
   * @param operator {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}
   * @param values values for In and NotIn
   */
  public record Expression(String key, String operator, Set<String> values) {
    public Expression {
      values = Set.copyOf(values);
    }

    boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      return switch (operator) {
        case "In" -> value != null && values.contains(value);
        case "NotIn" -> value == null || !values.contains(value);
        case "Exists" -> value != null;
        case "DoesNotExist" -> value == null;
        default -> false;
      };
    }
  }

  public LabelSelector {
    matchLabels = Map.copyOf(matchLabels);
    expressions = List.copyOf(expressions);
  }

  /** Reads a selector object from a manifest. */
  public static LabelSelector fromJson(JsonNode node) {
    Map<String, String> labels = dev.bulwark.api.Resource.stringMap(node.path("matchLabels"));
    List<Expression> expressions = new ArrayList<>();
    for (JsonNode e : node.path("matchExpressions")) {
      Set<String> values = new java.util.HashSet<>();
      for (JsonNode v : e.path("values")) {
        values.add(v.asString());
      }
      expressions.add(
          new Expression(e.path("key").asString(""), e.path("operator").asString(""), values));
    }
    return new LabelSelector(labels, expressions);
  }

  /** True when every label and every expression holds. */
  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (Expression e : expressions) {
      if (!e.matches(labels)) {
        return false;
      }
    }
    return true;
  }
}
