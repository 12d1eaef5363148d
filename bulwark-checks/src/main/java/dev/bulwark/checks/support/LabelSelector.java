package dev.bulwark.checks.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A Kubernetes label selector: {@code matchLabels} and {@code matchExpressions} ({@code In}, {@code
 * NotIn}, {@code Exists}, {@code DoesNotExist}), all requirements ANDed.
 *
 * <p>Follows the API machinery: an empty selector matches every set of labels; {@code NotIn} and
 * {@code DoesNotExist} match when the key is absent; a selector the API server would reject (an
 * unknown operator, {@code In} without values, {@code Exists} with values, a non-scalar value)
 * matches nothing, as controllers treat a selector they cannot parse.
 */
public final class LabelSelector {
  private static final LabelSelector EMPTY = new LabelSelector(List.of(), true);

  private final List<Requirement> requirements;
  private final boolean valid;

  private LabelSelector(List<Requirement> requirements, boolean valid) {
    this.requirements = List.copyOf(requirements);
    this.valid = valid;
  }

  /** A selector that matches everything. */
  public static LabelSelector empty() {
    return EMPTY;
  }

  /** Reads a {@code metav1.LabelSelector} ({@code matchLabels} + {@code matchExpressions}). */
  public static LabelSelector of(JsonNode selector) {
    List<Requirement> requirements = new ArrayList<>();
    boolean valid = selector.isObject() || selector.isMissingNode() || selector.isNull();
    JsonNode matchLabels = selector.path("matchLabels");
    valid &= readEqualities(matchLabels, requirements);
    JsonNode expressions = selector.path("matchExpressions");
    valid &= expressions.isArray() || !JsonValues.isSet(expressions);
    for (JsonNode expression : expressions.values()) {
      Optional<Requirement> requirement = Requirement.read(expression);
      requirement.ifPresent(requirements::add);
      valid &= requirement.isPresent();
    }
    return new LabelSelector(requirements, valid);
  }

  /** Reads an equality-only selector written as a plain map (Service, ReplicationController). */
  public static LabelSelector ofMap(JsonNode map) {
    List<Requirement> requirements = new ArrayList<>();
    boolean valid = readEqualities(map, requirements);
    return new LabelSelector(requirements, valid);
  }

  private static boolean readEqualities(JsonNode map, List<Requirement> out) {
    if (!JsonValues.isSet(map)) {
      return true;
    }
    if (!map.isObject()) {
      return false;
    }
    boolean valid = true;
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      if (e.getValue().isValueNode() && !e.getValue().isNull()) {
        out.add(new Requirement(e.getKey(), Operator.IN, Set.of(e.getValue().asString())));
      } else {
        valid = false;
      }
    }
    return valid;
  }

  /** True when the selector has no requirement (and so, if valid, selects everything). */
  public boolean isEmpty() {
    return requirements.isEmpty() && valid;
  }

  /** False when the API server would reject the selector; such a selector matches nothing. */
  public boolean isValid() {
    return valid;
  }

  public List<Requirement> requirements() {
    return requirements;
  }

  /** True when a set of labels satisfies every requirement. */
  public boolean matches(Map<String, String> labels) {
    return matches(labels, Map.of());
  }

  /**
   * True when some pod with these labels, plus one value each of the varying labels a controller
   * adds ({@link ControllerLabels}), satisfies every requirement. A written label wins over an
   * added one of the same key.
   */
  public boolean matches(Map<String, String> labels, Map<String, Predicate<String>> added) {
    return valid
        && requirements.stream()
            .allMatch(
                r ->
                    labels.containsKey(r.key()) || !added.containsKey(r.key())
                        ? r.matches(labels)
                        : r.admitsSomeOf(added.get(r.key())));
  }

  /**
   * The first requirement the labels fail, as a reader would write it ({@code app=web}, {@code tier
   * in (api,web)}, {@code !legacy}); empty when they match. An invalid selector fails on its own.
   */
  public Optional<String> firstUnmet(Map<String, String> labels) {
    if (!valid) {
      return Optional.of("a valid selector");
    }
    return requirements.stream()
        .filter(r -> !r.matches(labels))
        .map(Requirement::toString)
        .findFirst();
  }

  @Override
  public String toString() {
    if (!valid) {
      return "<invalid selector>";
    }
    return String.join(", ", requirements.stream().map(Requirement::toString).toList());
  }

  /** How a requirement compares a label. */
  public enum Operator {
    IN,
    NOT_IN,
    EXISTS,
    DOES_NOT_EXIST;

    static Optional<Operator> parse(String text) {
      return switch (text) {
        case "In" -> Optional.of(IN);
        case "NotIn" -> Optional.of(NOT_IN);
        case "Exists" -> Optional.of(EXISTS);
        case "DoesNotExist" -> Optional.of(DOES_NOT_EXIST);
        default -> Optional.empty();
      };
    }
  }

  /**
   * One requirement on one label key; a {@code matchLabels} entry is {@code key In (value)}.
   *
   * @param key the label key
   * @param operator the comparison
   * @param values the values for {@code In}/{@code NotIn}, empty otherwise
   */
  public record Requirement(String key, Operator operator, Set<String> values) {

    public Requirement {
      values = Set.copyOf(values);
    }

    static Optional<Requirement> read(JsonNode expression) {
      Optional<String> key = JsonValues.string(expression.path("key"));
      Optional<Operator> operator =
          JsonValues.string(expression.path("operator")).flatMap(Operator::parse);
      JsonNode list = expression.path("values");
      if (key.isEmpty() || operator.isEmpty() || !(list.isArray() || !JsonValues.isSet(list))) {
        return Optional.empty();
      }
      Set<String> values = new TreeSet<>();
      for (JsonNode value : list.values()) {
        if (!value.isValueNode() || value.isNull()) {
          return Optional.empty();
        }
        values.add(value.asString());
      }
      boolean needsValues = operator.get() == Operator.IN || operator.get() == Operator.NOT_IN;
      if (needsValues == values.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Requirement(key.get(), operator.get(), values));
    }

    /** True when some value the predicate accepts satisfies this requirement. */
    boolean admitsSomeOf(Predicate<String> possible) {
      return switch (operator) {
        case IN -> values.stream().anyMatch(possible);
        case NOT_IN, EXISTS -> true;
        case DOES_NOT_EXIST -> false;
      };
    }

    /** True when the labels satisfy this requirement. */
    public boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      return switch (operator) {
        case IN -> value != null && values.contains(value);
        case NOT_IN -> value == null || !values.contains(value);
        case EXISTS -> value != null;
        case DOES_NOT_EXIST -> value == null;
      };
    }

    @Override
    public String toString() {
      String list = String.join(",", new TreeSet<>(values));
      return switch (operator) {
        case IN -> values.size() == 1 ? key + "=" + list : key + " in (" + list + ")";
        case NOT_IN -> key + " notin (" + list + ")";
        case EXISTS -> key;
        case DOES_NOT_EXIST -> "!" + key;
      };
    }
  }
}
