package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A Kubernetes label selector: {@code matchLabels} and {@code matchExpressions}, all of which
 * must hold. The empty selector matches everything.
 *
 * @param matchLabels exact labels, sorted by key
 * @param expressions requirements in manifest order
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> expressions) {

  /** Matches every object. */
  public static final LabelSelector EVERYTHING = new LabelSelector(Map.of(), List.of());

  public LabelSelector {
    matchLabels = java.util.Collections.unmodifiableMap(new TreeMap<>(matchLabels));
    expressions = List.copyOf(expressions);
  }

  /** A selector of exactly these labels. */
  public static LabelSelector ofLabels(Map<String, String> labels) {
    return new LabelSelector(labels, List.of());
  }

  /** The operators of {@code matchExpressions}. */
  public enum Operator {
    In,
    NotIn,
    Exists,
    DoesNotExist
  }

  /**
   * One {@code matchExpressions} entry.
   *
   * @param key the label key
   * @param operator how the key is tested
   * @param values the values for In and NotIn, in manifest order
   */
  public record Requirement(String key, Operator operator, List<String> values) {
    public Requirement {
      values = List.copyOf(values);
    }

    boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      return switch (operator) {
        case In -> value != null && values.contains(value);
        case NotIn -> value == null || !values.contains(value);
        case Exists -> value != null;
        case DoesNotExist -> value == null;
      };
    }
  }

  public boolean isEmpty() {
    return matchLabels.isEmpty() && expressions.isEmpty();
  }

  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (Requirement r : expressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a selector; {@code null} when the field is absent or null (callers decide what an
   * absent selector means). Invalid operators and value lists fail as the API server would.
   */
  public static LabelSelector parse(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw new NetpolInputException("a label selector must be a mapping");
    }
    Map<String, String> labels = new TreeMap<>();
    JsonNode ml = node.path("matchLabels");
    if (ml.isObject()) {
      for (Map.Entry<String, JsonNode> e : ml.properties()) {
        labels.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asString());
      }
    }
    List<Requirement> expressions = new ArrayList<>();
    for (JsonNode expression : node.path("matchExpressions")) {
      String key = expression.path("key").asString("");
      String op = expression.path("operator").asString("");
      Operator operator;
      try {
        operator = Operator.valueOf(op);
      } catch (IllegalArgumentException e) {
        throw new NetpolInputException("\"" + op + "\" is not a valid label selector operator");
      }
      List<String> values = new ArrayList<>();
      for (JsonNode v : expression.path("values")) {
        values.add(v.asString());
      }
      boolean needsValues = operator == Operator.In || operator == Operator.NotIn;
      if (needsValues && values.isEmpty()) {
        throw new NetpolInputException("values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty");
      }
      if (!needsValues && !values.isEmpty()) {
        throw new NetpolInputException("values: Invalid value: " + values + ": values set must be empty for exists and does not exist");
      }
      expressions.add(new Requirement(key, operator, values));
    }
    return new LabelSelector(labels, expressions);
  }

  /** Every label key the selector tests. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(matchLabels.keySet());
    for (Requirement r : expressions) {
      keys.add(r.key());
    }
    return keys;
  }
}
