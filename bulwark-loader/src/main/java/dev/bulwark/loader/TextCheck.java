package dev.bulwark.loader;

/**
 * Finds why bytes are not UTF-8 YAML text: a NUL byte (a binary file), a UTF-16 or UTF-32 byte
 * order mark, or an invalid UTF-8 sequence. Checked before parsing so a binary file gives one clear
 * error instead of a cascade of syntax errors, with the byte offset and line to look at.
 */
final class TextCheck {
  /** What is wrong, and where: 0-based byte offset, 1-based line and column (in bytes). */
  record Problem(String message, long offset, int line, int column) {}

  private TextCheck() {}

  /** Length of a UTF-8 byte order mark at the start, or 0. */
  static int utf8BomLength(byte[] b, int length) {
    return length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF
        ? 3
        : 0;
  }

  /** The first problem in {@code b[0, length)}, or null when it is clean UTF-8 without NUL. */
  static Problem check(byte[] b, int length) {
    if (length >= 2
        && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
            || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE))) {
      return new Problem(
          "file is UTF-16 or UTF-32 encoded (byte order mark); convert it to UTF-8", 0, 1, 1);
    }
    int line = 1;
    int lineStart = 0;
    int i = 0;
    while (i < length) {
      int c = b[i];
      if (c > 0) {
        if (c == '\n') {
          line++;
          lineStart = i + 1;
        }
        i++;
        continue;
      }
      if (c == 0) {
        return new Problem(
            "binary file: NUL byte at offset " + i + "; only UTF-8 YAML or JSON can be read",
            i,
            line,
            i - lineStart + 1);
      }
      int size = sequenceLength(b, i, length);
      if (size == 0) {
        return new Problem(
            String.format(
                "not valid UTF-8: byte 0x%02X at offset %d; only UTF-8 YAML or JSON can be read",
                b[i] & 0xff, i),
            i,
            line,
            i - lineStart + 1);
      }
      i += size;
    }
    return null;
  }

  /** Length of the valid UTF-8 sequence starting at a non-ASCII byte, or 0 when it is invalid. */
  private static int sequenceLength(byte[] b, int i, int length) {
    int lead = b[i] & 0xff;
    int size;
    int min = 0x80;
    int max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      size = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      size = 3;
      if (lead == 0xE0) {
        min = 0xA0; // overlong
      } else if (lead == 0xED) {
        max = 0x9F; // UTF-16 surrogates
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      size = 4;
      if (lead == 0xF0) {
        min = 0x90; // overlong
      } else if (lead == 0xF4) {
        max = 0x8F; // above U+10FFFF
      }
    } else {
      return 0;
    }
    if (i + size > length) {
      return 0;
    }
    int second = b[i + 1] & 0xff;
    if (second < min || second > max) {
      return 0;
    }
    for (int k = 2; k < size; k++) {
      int next = b[i + k] & 0xff;
      if (next < 0x80 || next > 0xBF) {
        return 0;
      }
    }
    return size;
  }
}
