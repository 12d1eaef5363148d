package dev.bulwark.checks.controlplane.cis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a CIS test item requires of a setting, with kube-bench's comparison semantics: {@code has}
 * is a substring test, {@code eq} ignores case only for {@code true}/{@code false}, numbers compare
 * as integers, {@code bitmask} accepts the given mode or anything stricter.
 *
 * @param op the comparison
 * @param value the operand, or empty for presence tests
 * @param label how the operand reads in messages (a long cipher list reads "strong cipher suites")
 */
public record Expectation(Op op, String value, String label) {

  /** kube-bench's {@code set} and {@code compare.op} values. */
  public enum Op {
    PRESENT,
    ABSENT,
    EQ,
    NOTEQ,
    GTE,
    HAS,
    NOTHAVE,
    VALID_ELEMENTS,
    BITMASK
  }

  public static Expectation present() {
    return new Expectation(Op.PRESENT, "", "");
  }

  public static Expectation absent() {
    return new Expectation(Op.ABSENT, "", "");
  }

  public static Expectation of(Op op, String value) {
    return new Expectation(op, value, value);
  }

  /** Every comma-separated element must be one of {@code allowed}. */
  public static Expectation onlyElements(String label, String... allowed) {
    return new Expectation(Op.VALID_ELEMENTS, String.join(",", allowed), label);
  }

  /**
   * True when the setting meets the expectation; {@code value} is null when the setting is absent,
   * which only {@link Op#ABSENT} accepts.
   */
  public boolean test(String actual) {
    if (op == Op.ABSENT) {
      return actual == null;
    }
    if (actual == null) {
      return false;
    }
    return switch (op) {
      case PRESENT -> true;
      case EQ -> equalsLikeKubeBench(actual);
      case NOTEQ -> !equalsLikeKubeBench(actual);
      case GTE -> atLeast(actual);
      case HAS -> actual.contains(value);
      case NOTHAVE -> !actual.contains(value);
      case VALID_ELEMENTS -> onlyAllowedElements(actual);
      case BITMASK -> withinMode(actual);
      case ABSENT -> throw new IllegalStateException();
    };
  }

  /** The requirement in words, e.g. {@code --profiling=false}, {@code --audit-log-maxage >= 30}. */
  public String describe(String key) {
    return switch (op) {
      case PRESENT -> key + " set";
      case ABSENT -> key + " not set";
      case EQ -> key + "=" + label;
      case NOTEQ -> key + " other than " + label;
      case GTE -> key + " >= " + label;
      case HAS -> key + " including " + label;
      case NOTHAVE -> key + " without " + label;
      case VALID_ELEMENTS -> key + " listing only " + label;
      case BITMASK -> "mode " + label + " or stricter";
    };
  }

  private boolean equalsLikeKubeBench(String actual) {
    String lower = actual.toLowerCase(Locale.ROOT);
    return lower.equals("true") || lower.equals("false")
        ? lower.equals(value)
        : actual.equals(value);
  }

  private boolean atLeast(String actual) {
    try {
      return Integer.parseInt(actual.trim()) >= Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private boolean onlyAllowedElements(String actual) {
    List<String> given = elements(actual);
    List<String> allowed = elements(value);
    if (given.isEmpty() || allowed.isEmpty()) {
      return given.isEmpty() && allowed.isEmpty();
    }
    return allowed.containsAll(given);
  }

  private static List<String> elements(String list) {
    String trimmed = list.trim().replaceAll(",+$", "");
    return trimmed.isEmpty()
        ? List.of()
        : Arrays.stream(trimmed.split(",")).map(String::trim).toList();
  }

  private boolean withinMode(String actual) {
    try {
      int mode = Integer.parseInt(actual, 8);
      int max = Integer.parseInt(value, 8);
      return (max & mode) == mode;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
