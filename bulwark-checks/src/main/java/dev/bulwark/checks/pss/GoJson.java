package dev.bulwark.checks.pss;

import tools.jackson.databind.JsonNode;

/**
 * Reads manifest JSON the way Go's decoder fills the {@code k8s.io/api} structs that upstream's
 * checks read: absent and {@code null} give the zero value (or a nil pointer), and a value of the
 * wrong type, which the API server would reject, counts as absent too.
 */
final class GoJson {
  private GoJson() {}

  /** A struct or pointer-to-struct field: the object, or {@code null} when nil. */
  static JsonNode struct(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    return node != null && node.isObject() ? node : null;
  }

  /** A {@code *bool}: {@code null} when nil. */
  static Boolean optionalBool(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    return node != null && node.isBoolean() ? Boolean.valueOf(node.booleanValue()) : null;
  }

  /** A {@code bool}: false unless explicitly true. */
  static boolean bool(JsonNode parent, String field) {
    return Boolean.TRUE.equals(optionalBool(parent, field));
  }

  /** A {@code *string}: {@code null} when nil. */
  static String optionalString(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    return node != null && node.isString() ? node.stringValue() : null;
  }

  /** A {@code string}: empty when absent. */
  static String string(JsonNode parent, String field) {
    String value = optionalString(parent, field);
    return value == null ? "" : value;
  }

  /** A slice: the array, or {@code null} when empty or absent. */
  static JsonNode list(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    return node != null && node.isArray() && !node.isEmpty() ? node : null;
  }

  /** An {@code int32}: zero when absent or not a 32-bit integer. */
  static int int32(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    return node != null && node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : 0;
  }

  /** A {@code *int64}: the node when it holds a 64-bit integer, else {@code null}. */
  static JsonNode optionalInt64(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    return node != null && node.isIntegralNumber() && node.canConvertToLong() ? node : null;
  }

  /**
   * An element of a {@code []string}, or {@code null} for an element Go could not decode. (Go turns
   * a JSON {@code null} element into the empty string.)
   */
  static String stringElement(JsonNode list, int index) {
    JsonNode node = list.get(index);
    if (node.isNull()) {
      return "";
    }
    return node.isString() ? node.stringValue() : null;
  }

  /**
   * A value of a {@code map[string]string} such as annotations: {@code null} becomes the empty
   * string, as Go decodes it; any other non-string gives {@code null} (Go could not decode it).
   */
  static String mapValue(JsonNode node) {
    if (node.isNull()) {
      return "";
    }
    return node.isString() ? node.stringValue() : null;
  }
}
