package dev.bulwark.loader;

import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Resolves YAML scalars the way Kubernetes does. Kubernetes decodes manifests with {@code
 * sigs.k8s.io/yaml}, which runs go-yaml v2: YAML 1.1-style booleans ({@code yes}, {@code off}, …),
 * {@code strconv.ParseInt(s, 0, 64)} integers ({@code 0755} is 493), and {@code _} dropped from
 * numbers. Anything that is not recognised stays a string.
 *
 * <p>Integers beyond int64 follow go-yaml too: a decimal one also matches the float pattern and
 * becomes a double ({@code 99999999999999999999} → 1e20); a uint64 or a prefixed ({@code 0x…}) one
 * becomes a {@link BigInteger} number node. Timestamps stay strings, as go-yaml hands them to
 * Kubernetes as strings. {@code .nan} and {@code .inf} become double NaN and infinity.
 */
final class KubernetesScalars {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonNode TRUE = NODES.booleanNode(true);
  private static final JsonNode FALSE = NODES.booleanNode(false);
  private static final JsonNode NULL = NODES.nullNode();

  /** go-yaml's first-character hint: only these can start a non-string plain scalar. */
  private static final byte[] HINTS = new byte[128];

  private static final byte MAP = 1;
  private static final byte NUMBER = 2;
  private static final byte DOT = 3;

  static {
    for (char c : "yYnNtTfFoO~".toCharArray()) {
      HINTS[c] = MAP;
    }
    for (char c = '0'; c <= '9'; c++) {
      HINTS[c] = NUMBER;
    }
    HINTS['+'] = NUMBER;
    HINTS['-'] = NUMBER;
    HINTS['.'] = DOT;
  }

  private KubernetesScalars() {}

  /** True when a plain scalar is a string whatever its remaining characters (the common case). */
  static boolean staysString(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first >= 128 || HINTS[first] == 0;
  }

  /** A plain (unquoted, untagged) scalar. */
  static JsonNode resolvePlain(String text) {
    if (text.isEmpty()) {
      return NULL;
    }
    char first = text.charAt(0);
    byte hint = first < 128 ? HINTS[first] : 0;
    if (hint == 0) {
      return NODES.stringNode(text);
    }
    JsonNode fixed = fixedValue(text);
    if (fixed != null) {
      return fixed;
    }
    JsonNode number =
        switch (hint) {
          case NUMBER -> number(text);
          case DOT -> dotFloat(text);
          default -> null;
        };
    return number != null ? number : NODES.stringNode(text);
  }

  /**
   * A scalar with an explicit tag such as {@code !!int "8080"}: the standard tags resolve the text
   * and fail when it does not fit; unknown tags leave the text a string, as go-yaml does.
   *
   * @throws IllegalArgumentException with go-yaml's wording when the text does not fit the tag
   */
  static JsonNode resolveTagged(String tag, String text) {
    String shortTag = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
    switch (shortTag) {
      case "!!str", "!!binary", "!!timestamp":
        return NODES.stringNode(text);
      case "!!null", "!!bool", "!!int", "!!float":
        break;
      default:
        return NODES.stringNode(text);
    }
    JsonNode resolved = resolvePlain(text);
    String resolvedTag = tagOf(resolved);
    if (resolvedTag.equals(shortTag)) {
      return resolved;
    }
    if (shortTag.equals("!!float") && resolvedTag.equals("!!int")) {
      return NODES.numberNode(resolved.asDouble());
    }
    throw new IllegalArgumentException(
        "cannot decode " + resolvedTag + " `" + text + "` as a " + shortTag);
  }

  /**
   * A mapping key as JSON sees it: {@code sigs.k8s.io/yaml} turns the bool, int and float keys that
   * go-yaml produces into strings.
   *
   * @throws IllegalArgumentException for a null key, which Kubernetes rejects
   */
  static String keyText(JsonNode resolved) {
    if (resolved.isString()) {
      return resolved.asString();
    }
    if (resolved.isNull()) {
      throw new IllegalArgumentException("a null mapping key is not supported");
    }
    if (resolved.isBoolean()) {
      return resolved.booleanValue() ? "true" : "false";
    }
    if (resolved.isDouble()) {
      return GoFloats.formatKey(resolved.doubleValue());
    }
    return resolved.bigIntegerValue().toString();
  }

  private static String tagOf(JsonNode node) {
    if (node.isNull()) {
      return "!!null";
    }
    if (node.isBoolean()) {
      return "!!bool";
    }
    if (node.isIntegralNumber()) {
      return "!!int";
    }
    if (node.isNumber()) {
      return "!!float";
    }
    return "!!str";
  }

  /** The words go-yaml looks up in a table before trying numbers. */
  private static JsonNode fixedValue(String text) {
    return switch (text) {
      case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> TRUE;
      case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" -> FALSE;
      case "~", "null", "Null", "NULL" -> NULL;
      case ".nan", ".NaN", ".NAN" -> NODES.numberNode(Double.NaN);
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" ->
          NODES.numberNode(Double.POSITIVE_INFINITY);
      case "-.inf", "-.Inf", "-.INF" -> NODES.numberNode(Double.NEGATIVE_INFINITY);
      default -> null;
    };
  }

  /**
   * Text starting with a digit or sign: go-yaml tries int, uint, float, then 0b forms, then big.
   */
  private static JsonNode number(String text) {
    String plain = text.indexOf('_') < 0 ? text : text.replace("_", "");
    GoIntegers.Result signed = GoIntegers.parseSigned(plain, 0);
    if (signed.ok()) {
      return integer(signed.value());
    }
    GoIntegers.Result unsigned = GoIntegers.parseUnsigned(plain, 0);
    if (unsigned.ok()) {
      return unsignedInteger(unsigned.value());
    }
    if (GoFloats.matchesYamlFloat(plain)) {
      double value = Double.parseDouble(plain);
      if (!Double.isInfinite(value)) {
        return NODES.numberNode(value);
      }
    }
    if (plain.startsWith("0b")) {
      GoIntegers.Result binary = GoIntegers.parseSigned(plain.substring(2), 2);
      if (binary.ok()) {
        return integer(binary.value());
      }
      GoIntegers.Result binaryUnsigned = GoIntegers.parseUnsigned(plain.substring(2), 2);
      if (binaryUnsigned.ok()) {
        return unsignedInteger(binaryUnsigned.value());
      }
    } else if (plain.startsWith("-0b")) {
      GoIntegers.Result binary = GoIntegers.parseSigned("-" + plain.substring(3), 2);
      if (binary.ok()) {
        return integer(binary.value());
      }
    }
    if (unsigned.outcome() == GoIntegers.Outcome.RANGE) {
      BigInteger big = GoIntegers.parseBig(plain);
      if (big != null) {
        return NODES.numberNode(big);
      }
    }
    return null;
  }

  /** Text starting with '.': go-yaml calls ParseFloat on it as written. */
  private static JsonNode dotFloat(String text) {
    if (!GoFloats.matchesDotFloat(text)) {
      return null;
    }
    double value = Double.parseDouble(text);
    return Double.isInfinite(value) ? null : NODES.numberNode(value);
  }

  private static JsonNode integer(long value) {
    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }

  private static JsonNode unsignedInteger(long bits) {
    return bits >= 0
        ? integer(bits)
        : NODES.numberNode(new BigInteger(Long.toUnsignedString(bits)));
  }
}
