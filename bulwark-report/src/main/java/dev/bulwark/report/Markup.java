package dev.bulwark.report;

/** Escaping for HTML and XML, which share the five predefined entities. */
final class Markup {

  private Markup() {}

  /**
   * The text made printable (see {@link Text#printable}) and safe both in element content and in
   * attribute values quoted with either quote character.
   */
  static String escape(String text) {
    return replace(Text.printable(text), true);
  }

  /**
   * Escapes element content that is already printable except for deliberate line breaks, such as a
   * multi-line body built from {@link Text#printable} pieces. Quotes need no escaping there, and
   * leaving them makes the text easier to read.
   */
  static String content(String printableText) {
    return replace(printableText, false);
  }

  private static String replace(String text, boolean quotes) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(quotes ? "&quot;" : "\"");
        case '\'' -> out.append(quotes ? "&apos;" : "'");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
