package dev.bulwark.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * Streams a JSON object in {@link Json}'s pretty style, member by member, and renders the elements
 * of long arrays on several threads: a scan of thousands of objects has tens of thousands of
 * findings, and printing them one after the other kept a core idle at the end of every scan. An
 * object nested in a one-element array ({@link #arrayOfOneObject}, SARIF's single run) streams the
 * same way. The bytes are the same as {@link Json#writePretty} gives for the whole tree.
 */
final class PrettyJsonObjectWriter {
  /** Elements rendered together by one task. */
  private static final int CHUNK = 256;

  /** Elements held in memory at once, rendered, before they are written. */
  private static final int WINDOW = 16 * CHUNK;

  private final OutputStream out;
  /** How many levels in this object's own braces are: 0 for the document. */
  private final int depth;
  /** Written after the closing brace: the rest of the parent array a nested object sits in. */
  private final byte[] suffix;
  private final byte[] memberIndent;
  private final byte[] elementSeparator;
  private boolean firstMember = true;

  PrettyJsonObjectWriter(OutputStream out) throws IOException {
    this(out, 0, new byte[0]);
  }

  private PrettyJsonObjectWriter(OutputStream out, int depth, byte[] suffix) throws IOException {
    this.out = out;
    this.depth = depth;
    this.suffix = suffix;
    this.memberIndent = lineBreak(depth + 1);
    this.elementSeparator = ("," + new String(lineBreak(depth + 2), StandardCharsets.US_ASCII))
        .getBytes(StandardCharsets.US_ASCII);
    out.write('{');
  }

  /** A member whose value is one tree. */
  void member(String name, JsonNode value) throws IOException {
    name(name);
    out.write(indented(Json.prettyBytes(value), depth + 1));
  }

  /**
   * A member whose value is an array of exactly one object, streamed by the returned writer. Write
   * nothing more here until that writer's {@link #end()}, which also closes the array.
   */
  PrettyJsonObjectWriter arrayOfOneObject(String name) throws IOException {
    name(name);
    out.write('[');
    out.write(lineBreak(depth + 2));
    byte[] closeArray = (new String(memberIndent, StandardCharsets.US_ASCII) + "]")
        .getBytes(StandardCharsets.US_ASCII);
    return new PrettyJsonObjectWriter(out, depth + 2, closeArray);
  }

  /**
   * A member whose value is an array of the items, each turned into a tree by {@code toTree},
   * which must be safe to call from several threads at once.
   */
  <T> void array(String name, List<T> items, Function<T, JsonNode> toTree) throws IOException {
    name(name);
    out.write('[');
    if (items.isEmpty()) {
      out.write(']');
      return;
    }
    for (int window = 0; window < items.size(); window += WINDOW) {
      List<T> part = items.subList(window, Math.min(items.size(), window + WINDOW));
      int chunks = (part.size() + CHUNK - 1) / CHUNK;
      List<byte[]> rendered =
          IntStream.range(0, chunks)
              .parallel()
              .mapToObj(c -> elements(chunk(part, c), toTree, elementSeparator, depth + 2))
              .toList();
      for (int c = 0; c < rendered.size(); c++) {
        byte[] bytes = rendered.get(c);
        // Every element starts with a comma and a line break; the array's first has no comma.
        int skip = window == 0 && c == 0 ? 1 : 0;
        out.write(bytes, skip, bytes.length - skip);
      }
    }
    out.write(memberIndent);
    out.write(']');
  }

  /**
   * Closes the object (and the array a nested one sits in); the document ends with a newline, as
   * {@link Json#writePretty} ends it.
   */
  void end() throws IOException {
    if (!firstMember) {
      out.write(lineBreak(depth));
    }
    out.write('}');
    out.write(suffix);
    if (depth == 0) {
      out.write('\n');
    }
  }

  private void name(String name) throws IOException {
    if (!firstMember) {
      out.write(',');
    }
    firstMember = false;
    out.write(memberIndent);
    out.write(Json.prettyBytes(Json.text(name)));
    out.write(": ".getBytes(StandardCharsets.US_ASCII));
  }

  private static <T> List<T> chunk(List<T> items, int index) {
    return items.subList(index * CHUNK, Math.min(items.size(), (index + 1) * CHUNK));
  }

  private static <T> byte[] elements(
      List<T> items, Function<T, JsonNode> toTree, byte[] separator, int levels) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(items.size() * 1024);
    for (T item : items) {
      bytes.writeBytes(separator);
      bytes.writeBytes(indented(Json.prettyBytes(toTree.apply(item)), levels));
    }
    return bytes.toByteArray();
  }

  /** A line break followed by the indentation of {@code levels} levels. */
  private static byte[] lineBreak(int levels) {
    return ("\n" + "  ".repeat(levels)).getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Text rendered at the top level, moved {@code levels} levels in: two spaces after every line
   * break. A JSON text has line breaks only between tokens (strings escape theirs), and a UTF-8
   * byte 0x0A is never part of a longer character.
   */
  private static byte[] indented(byte[] text, int levels) {
    int breaks = 0;
    for (byte b : text) {
      if (b == '\n') {
        breaks++;
      }
    }
    if (breaks == 0) {
      return text;
    }
    int shift = 2 * levels;
    byte[] out = new byte[text.length + breaks * shift];
    int o = 0;
    for (byte b : text) {
      out[o++] = b;
      if (b == '\n') {
        for (int s = 0; s < shift; s++) {
          out[o++] = ' ';
        }
      }
    }
    return out;
  }
}
