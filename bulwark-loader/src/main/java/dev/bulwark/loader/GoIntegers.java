package dev.bulwark.loader;

import java.math.BigInteger;

/**
 * Integer parsing with the rules of Go's {@code strconv.ParseInt(s, 0, 64)} and {@code ParseUint(s,
 * 0, 64)}, which is what Kubernetes' YAML decoder uses: an optional sign, then {@code 0x}/{@code
 * 0o}/{@code 0b} prefixes or a leading {@code 0} for octal. Written by hand so the hot path needs
 * neither regular expressions nor exceptions.
 */
final class GoIntegers {
  /** Marks a failed parse; the reason is in {@link Result#outcome()}. */
  enum Outcome {
    OK,
    SYNTAX,
    RANGE
  }

  /** The parsed value (bits of a uint64 for {@link #parseUnsigned}) and whether it parsed. */
  record Result(Outcome outcome, long value) {
    boolean ok() {
      return outcome == Outcome.OK;
    }
  }

  private static final Result SYNTAX = new Result(Outcome.SYNTAX, 0);
  private static final Result RANGE = new Result(Outcome.RANGE, 0);

  private GoIntegers() {}

  /** {@code strconv.ParseInt(s, base, 64)}; base 0 means "from the prefix". */
  static Result parseSigned(String s, int base) {
    if (s.isEmpty()) {
      return SYNTAX;
    }
    boolean negative = false;
    String digits = s;
    char first = s.charAt(0);
    if (first == '+' || first == '-') {
      negative = first == '-';
      digits = s.substring(1);
    }
    Result unsigned = parseUnsigned(digits, base);
    if (unsigned.outcome == Outcome.SYNTAX) {
      return SYNTAX;
    }
    if (unsigned.outcome == Outcome.RANGE) {
      return RANGE;
    }
    long u = unsigned.value;
    if (!negative && Long.compareUnsigned(u, Long.MIN_VALUE) >= 0) {
      return RANGE;
    }
    if (negative && Long.compareUnsigned(u, Long.MIN_VALUE) > 0) {
      return RANGE;
    }
    return new Result(Outcome.OK, negative ? -u : u);
  }

  /** {@code strconv.ParseUint(s, base, 64)}: no sign allowed; the value holds uint64 bits. */
  static Result parseUnsigned(String s, int base) {
    if (s.isEmpty()) {
      return SYNTAX;
    }
    int start = 0;
    if (base == 0) {
      base = 10;
      if (s.charAt(0) == '0') {
        char marker = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
        switch (marker) {
          case 'b' -> {
            base = 2;
            start = 2;
          }
          case 'o' -> {
            base = 8;
            start = 2;
          }
          case 'x' -> {
            base = 16;
            start = 2;
          }
          default -> {
            base = 8;
            start = 1;
          }
        }
      }
    }
    long cutoff = Long.divideUnsigned(-1L, base) + 1;
    long n = 0;
    for (int i = start; i < s.length(); i++) {
      int d = digitValue(s.charAt(i));
      if (d < 0 || d >= base) {
        return SYNTAX;
      }
      // Go reports overflow as soon as it happens, before looking at later characters.
      if (Long.compareUnsigned(n, cutoff) >= 0) {
        return RANGE;
      }
      n *= base;
      long next = n + d;
      if (Long.compareUnsigned(next, n) < 0) {
        return RANGE;
      }
      n = next;
    }
    return new Result(Outcome.OK, n);
  }

  /**
   * Go's {@code big.Int.SetString(s, 0)}: a sign, then the same prefixes as {@link #parseSigned};
   * {@code null} when the text is not an integer.
   */
  static BigInteger parseBig(String s) {
    if (s.isEmpty()) {
      return null;
    }
    boolean negative = false;
    int i = 0;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    int base = 10;
    if (s.length() - i >= 2 && s.charAt(i) == '0') {
      char marker = Character.toLowerCase(s.charAt(i + 1));
      if (marker == 'x' || marker == 'o' || marker == 'b') {
        base = marker == 'x' ? 16 : marker == 'o' ? 8 : 2;
        i += 2;
      } else {
        base = 8;
        i += 1;
      }
    }
    String digits = s.substring(i);
    if (digits.isEmpty()) {
      return null;
    }
    for (int k = 0; k < digits.length(); k++) {
      int d = digitValue(digits.charAt(k));
      if (d < 0 || d >= base) {
        return null;
      }
    }
    BigInteger value = new BigInteger(digits, base);
    return negative ? value.negate() : value;
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    if (lower >= 'a' && lower <= 'z') {
      return lower - 'a' + 10;
    }
    return -1;
  }
}
