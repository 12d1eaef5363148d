package dev.bulwark.checks.support;

import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * Reads manifest values the way the API server would accept them, and no other way.
 *
 * <p>The loader already resolves YAML 1.1 scalars as Kubernetes does ({@code yes} is a boolean), so
 * a value that is still a string here ({@code "true"}, {@code "0"}) is one the API server rejects.
 * Checks must not treat such strings as the value they spell: that would report objects that can
 * never be created, and it would hide that they are invalid.
 */
public final class JsonValues {
  private JsonValues() {}

  /** True for a present, non-null node; Kubernetes treats an explicit {@code null} as unset. */
  public static boolean isSet(JsonNode node) {
    return !node.isMissingNode() && !node.isNull();
  }

  /** True only for the boolean {@code true}. */
  public static boolean isTrue(JsonNode node) {
    return node.isBoolean() && node.asBoolean();
  }

  /** True only for the boolean {@code false}. */
  public static boolean isFalse(JsonNode node) {
    return node.isBoolean() && !node.asBoolean();
  }

  /** The text of a string node; empty for any other node, numbers included. */
  public static Optional<String> string(JsonNode node) {
    return node.isString() ? Optional.of(node.asString()) : Optional.empty();
  }

  /** The value of an integral number that fits a long; empty for strings and fractions. */
  public static OptionalLong integer(JsonNode node) {
    return node.isIntegralNumber() && node.canConvertToLong()
        ? OptionalLong.of(node.asLong())
        : OptionalLong.empty();
  }
}
