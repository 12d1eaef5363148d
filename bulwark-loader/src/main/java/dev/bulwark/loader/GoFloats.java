package dev.bulwark.loader;

import java.math.BigDecimal;

/** Float recognition and formatting as go-yaml and {@code sigs.k8s.io/yaml} do it. */
final class GoFloats {
  private GoFloats() {}

  /**
   * go-yaml's {@code ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$}, without a regex so the
   * common case of a non-number costs a few character checks.
   */
  static boolean matchesYamlFloat(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (i < n && s.charAt(i) == '.') {
      int digits = countDigits(s, i + 1);
      if (digits == 0) {
        return false;
      }
      i += 1 + digits;
    } else {
      int digits = countDigits(s, i);
      if (digits == 0) {
        return false;
      }
      i += digits;
      if (i < n && s.charAt(i) == '.') {
        i += 1 + countDigits(s, i + 1);
      }
    }
    return exponentToEnd(s, i);
  }

  /**
   * What Go's {@code strconv.ParseFloat} accepts for text starting with a dot: digits, then an
   * optional exponent. (Go would also take {@code _} between digits; manifests do not write that.)
   */
  static boolean matchesDotFloat(String s) {
    if (s.isEmpty() || s.charAt(0) != '.') {
      return false;
    }
    int digits = countDigits(s, 1);
    return digits > 0 && exponentToEnd(s, 1 + digits);
  }

  /**
   * Go's {@code strconv.FormatFloat(f, 'g', -1, 32)} with YAML's names for infinities, which is how
   * {@code sigs.k8s.io/yaml} turns a float mapping key into a string.
   */
  static String formatKey(double value) {
    if (Double.isNaN(value)) {
      return ".nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? ".inf" : "-.inf";
    }
    float f = (float) value;
    if (f == 0) {
      return (1 / f) < 0 ? "-0" : "0";
    }
    BigDecimal shortest = new BigDecimal(Float.toString(f)).stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    String sign = f < 0 ? "-" : "";
    // Go's shortest 'g' switches to %e when the exponent is below -4 or at least 6.
    int eprec = 6;
    if (exponent < -4 || exponent >= eprec) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String exp = Integer.toString(Math.abs(exponent));
      return sign
          + mantissa
          + "e"
          + (exponent < 0 ? "-" : "+")
          + (exp.length() < 2 ? "0" : "")
          + exp;
    }
    return sign + shortest.abs().toPlainString();
  }

  private static boolean exponentToEnd(String s, int i) {
    int n = s.length();
    if (i == n) {
      return true;
    }
    char c = s.charAt(i);
    if (c != 'e' && c != 'E') {
      return false;
    }
    i++;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = countDigits(s, i);
    return digits > 0 && i + digits == n;
  }

  private static int countDigits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }
}
