package dev.bulwark.report;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.ObjectRef;

/** Small text helpers shared by the human-readable formats. */
final class Text {

  private Text() {}

  /**
   * The text with every character that could corrupt a terminal or a markup document written as a
   * visible backslash-u escape such as <code>&#92;u001B</code>: control characters (an ESC in a
   * hostile manifest must not repaint the user's terminal), bidirectional overrides (which can make
   * text read differently from what it is), lone surrogates and the non-characters U+FFFE and
   * U+FFFF (illegal in XML).
   */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairedSurrogate =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pairedSurrogate) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    return Character.isISOControl(c)
        || Character.isSurrogate(c)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  /** {@code 1 file}, {@code 2 files}. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** {@code 12:9}, {@code 12} when the column is unknown, {@code -} when the line is. */
  static String lineColumn(Location location) {
    if (location.line() <= 0) {
      return "-";
    }
    return location.column() > 0
        ? location.line() + ":" + location.column()
        : Integer.toString(location.line());
  }

  /** {@code Deployment shop/web} or {@code ClusterRole admin}, made printable. */
  static String object(ObjectRef object) {
    return printable(object.toString());
  }

  /** The pointer, or {@code (whole object)} for the root, which prints as an empty string. */
  static String pointer(JsonPointer pointer) {
    return pointer.isRoot() ? "(whole object)" : printable(pointer.toString());
  }
}
