package dev.bulwark.loader;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a YAML stream into documents at the markers YAML reserves for that: a line starting with
 * {@code ---} or {@code ...} followed by a space, a tab or the end of the line. The YAML spec
 * forbids such a line inside any content, so the cut never splits a document; it is the same rule
 * {@code kubectl} uses. Parsing the pieces one by one means a syntax error costs only its own
 * document, and a document too large to parse is skipped before the parser sees it.
 *
 * <p>Works on UTF-8 bytes (the markers are ASCII and UTF-8 never reuses ASCII bytes inside a
 * multi-byte character). A piece holding only comments, blank lines or directives is joined to the
 * next one, so {@code %YAML} lines and a leading comment stay with their document.
 */
final class DocumentSplitter {
  /** One document's bytes, {@code [start, end)}, starting on 1-based line {@code firstLine}. */
  record Piece(int start, int end, int firstLine) {
    int length() {
      return end - start;
    }
  }

  private DocumentSplitter() {}

  static List<Piece> split(byte[] bytes, int from, int to) {
    List<Piece> pieces = new ArrayList<>();
    int pieceStart = from;
    int pieceLine = 1;
    boolean pieceHasContent = false;
    int line = 1;
    int lineStart = from;
    while (lineStart < to) {
      int lineEnd = indexOf(bytes, (byte) '\n', lineStart, to);
      int next = lineEnd < 0 ? to : lineEnd + 1;
      int contentEnd = lineEnd < 0 ? to : lineEnd;
      if (isMarker(bytes, lineStart, contentEnd, (byte) '-')) {
        if (pieceHasContent) {
          pieces.add(new Piece(pieceStart, lineStart, pieceLine));
          pieceStart = lineStart;
          pieceLine = line;
        }
        pieceHasContent = true;
      } else if (isMarker(bytes, lineStart, contentEnd, (byte) '.')) {
        pieces.add(new Piece(pieceStart, next, pieceLine));
        pieceStart = next;
        pieceLine = line + 1;
        pieceHasContent = false;
      } else if (!pieceHasContent && hasContent(bytes, lineStart, contentEnd)) {
        pieceHasContent = true;
      }
      line++;
      lineStart = next;
    }
    if (pieceStart < to) {
      pieces.add(new Piece(pieceStart, to, pieceLine));
    }
    return pieces;
  }

  /** {@code ---} or {@code ...} at column 1, then nothing or whitespace before more text. */
  private static boolean isMarker(byte[] b, int start, int end, byte dash) {
    if (end - start < 3 || b[start] != dash || b[start + 1] != dash || b[start + 2] != dash) {
      return false;
    }
    if (end - start == 3) {
      return true;
    }
    byte after = b[start + 3];
    return after == ' ' || after == '\t' || after == '\r';
  }

  /** A line that is more than blanks, a comment or a directive. */
  private static boolean hasContent(byte[] b, int start, int end) {
    for (int i = start; i < end; i++) {
      byte c = b[i];
      if (c == ' ' || c == '\t' || c == '\r') {
        continue;
      }
      if (c == '#') {
        return false;
      }
      return !(c == '%' && i == start);
    }
    return false;
  }

  private static int indexOf(byte[] b, byte value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
