package dev.bulwark.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an indented XML document element by element to a {@link Writer}, so a large report never
 * exists as one string. Values pass through {@link Markup}, so whatever a manifest contains, the
 * document stays well-formed. Write failures surface as {@link UncheckedIOException}.
 */
final class XmlBuilder {

  private final Writer out;
  private int depth;

  /** Starts the document with its XML declaration. */
  XmlBuilder(Writer out) {
    this.out = out;
    append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** {@code name="value"} with the value escaped, or nothing when the value is {@code null}. */
  static String attribute(String name, Object value) {
    return value == null ? "" : " " + name + "=\"" + Markup.escape(value.toString()) + "\"";
  }

  /** A comment; XML forbids {@code --} inside one. */
  XmlBuilder comment(String text) {
    indent();
    append("<!-- ", Text.printable(text).replace("--", "- -"), " -->\n");
    return this;
  }

  /** An opening tag; {@code attributes} is made of {@link #attribute} values. */
  XmlBuilder start(String name, String attributes) {
    indent();
    append("<", name, attributes, ">\n");
    depth++;
    return this;
  }

  XmlBuilder end(String name) {
    depth--;
    indent();
    append("</", name, ">\n");
    return this;
  }

  XmlBuilder empty(String name, String attributes) {
    indent();
    append("<", name, attributes, "/>\n");
    return this;
  }

  /**
   * An element with text content, written on one line with the text as is apart from escaping, so
   * that line breaks inside it are kept. The text must already be {@link Text#printable}.
   */
  XmlBuilder text(String name, String attributes, String printableText) {
    indent();
    append("<", name, attributes, ">", Markup.content(printableText), "</", name, ">\n");
    return this;
  }

  private void indent() {
    append("  ".repeat(depth));
  }

  private void append(String... parts) {
    try {
      for (String part : parts) {
        out.write(part);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
