package dev.bulwark.checks.pss;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The wording upstream's messages share: quoted lists, singular or plural nouns, Go's {@code %q}
 * quoting, and Go's byte-wise sort order.
 */
final class Phrases {
  /**
   * Go compares strings byte by byte in UTF-8, which orders them by code point; Java's {@code
   * compareTo} orders by UTF-16 unit, which differs for characters outside the BMP.
   */
  static final Comparator<String> GO_ORDER = Phrases::compareCodePoints;

  private Phrases() {}

  /** {@code "a", "b"}: each item in double quotes, unescaped, joined by a comma and a space. */
  static String quoted(Collection<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String item : items) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append('"').append(item).append('"');
    }
    return out.toString();
  }

  /** {@code singular} for exactly one, {@code plural} otherwise. */
  static String plural(String singular, String plural, int count) {
    return count == 1 ? singular : plural;
  }

  /** {@code container "a"} or {@code containers "a", "b"}. */
  static String containers(List<String> names) {
    return plural("container", "containers", names.size()) + " " + quoted(names);
  }

  /** A sorted, de-duplicated copy, in Go's order. */
  static TreeSet<String> sortedSet() {
    return new TreeSet<>(GO_ORDER);
  }

  /** {@code key="value"} with the value quoted as Go's {@code %q} does. */
  static String keyEqualsQuoted(String key, String value) {
    return key + "=" + goQuote(value);
  }

  /**
   * Go's {@code strconv.Quote}: printable characters stay, quotes and backslashes are escaped, and
   * other characters become {@code \a}…{@code \v}, {@code \xNN}, {@code \\uNNNN} or {@code
   * \\UNNNNNNNN}.
   */
  static String goQuote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case 0x07 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 0x0B -> out.append("\\v");
        default -> appendRune(out, cp);
      }
    }
    return out.append('"').toString();
  }

  private static void appendRune(StringBuilder out, int cp) {
    if (isGoPrintable(cp)) {
      out.appendCodePoint(cp);
    } else if (cp < ' ' || cp == 0x7F) {
      out.append(String.format("\\x%02x", cp));
    } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
      // A lone surrogate is not valid UTF-8; Go would see the replacement character.
      out.append('\uFFFD');
    } else if (cp < 0x10000) {
      out.append(String.format("\\u%04x", cp));
    } else {
      out.append(String.format("\\U%08x", cp));
    }
  }

  /**
   * Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space.
   */
  private static boolean isGoPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED ->
          false;
      default -> true;
    };
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
