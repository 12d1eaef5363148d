package dev.bulwark.report;

/**
 * Writes an indented XML document element by element. Values pass through {@link Markup}, so
 * whatever a manifest contains, the document stays well-formed.
 */
final class XmlBuilder {

  private final StringBuilder out =
      new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  private int depth;

  /** {@code name="value"} with the value escaped, or nothing when the value is {@code null}. */
  static String attribute(String name, Object value) {
    return value == null ? "" : " " + name + "=\"" + Markup.escape(value.toString()) + "\"";
  }

  /** A comment; XML forbids {@code --} inside one. */
  XmlBuilder comment(String text) {
    indent();
    out.append("<!-- ").append(Text.printable(text).replace("--", "- -")).append(" -->\n");
    return this;
  }

  /** An opening tag; {@code attributes} is made of {@link #attribute} values. */
  XmlBuilder start(String name, String attributes) {
    indent();
    out.append('<').append(name).append(attributes).append(">\n");
    depth++;
    return this;
  }

  XmlBuilder end(String name) {
    depth--;
    indent();
    out.append("</").append(name).append(">\n");
    return this;
  }

  XmlBuilder empty(String name, String attributes) {
    indent();
    out.append('<').append(name).append(attributes).append("/>\n");
    return this;
  }

  /**
   * An element with text content, written on one line with the text as is apart from escaping, so
   * that line breaks inside it are kept. The text must already be {@link Text#printable}.
   */
  XmlBuilder text(String name, String attributes, String printableText) {
    indent();
    out.append('<').append(name).append(attributes).append('>');
    out.append(Markup.content(printableText));
    out.append("</").append(name).append(">\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void indent() {
    out.append("  ".repeat(depth));
  }
}
