package dev.bulwark.analysis.netpol;

import tools.jackson.databind.JsonNode;

/** Small readers for the loosely typed fields of manifests. */
final class Json {
  private Json() {}

  /** True when the field is absent or null. */
  static boolean absent(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull();
  }

  /** A scalar as text, or {@code null} when absent. */
  static String text(JsonNode node) {
    return absent(node) || !node.isValueNode() ? null : node.asString();
  }

  /** An integer, or {@code null} when absent or not an integer. */
  static Integer integer(JsonNode node) {
    if (absent(node) || !node.isIntegralNumber()) {
      return null;
    }
    return node.asInt();
  }

  /** True for a boolean {@code true}. */
  static boolean isTrue(JsonNode node) {
    return node != null && node.isBoolean() && node.asBoolean();
  }
}
