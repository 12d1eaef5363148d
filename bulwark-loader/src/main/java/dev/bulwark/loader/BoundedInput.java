package dev.bulwark.loader;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream into memory but never more than a limit: at most {@code limit + 1} bytes are read,
 * so an endless or huge input costs the limit, not its size.
 */
final class BoundedInput {
  /** Bytes read ({@code length} of them valid), or {@code tooLarge} when the limit was passed. */
  record Bytes(byte[] data, int length, boolean tooLarge) {}

  private static final int BLOCK = 64 * 1024;

  private BoundedInput() {}

  /**
   * @param sizeHint expected size (a file's length), or -1 when unknown
   */
  static Bytes read(InputStream in, long limit, long sizeHint) throws IOException {
    int initial = sizeHint >= 0 && sizeHint < limit ? (int) sizeHint + 1 : BLOCK;
    byte[] buffer = new byte[Math.max(initial, 16)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        long grown = Math.min((long) buffer.length * 2, limit + 1);
        if (grown <= buffer.length) {
          return new Bytes(buffer, length, true);
        }
        buffer = Arrays.copyOf(buffer, (int) grown);
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        return new Bytes(buffer, length, false);
      }
      length += n;
      if (length > limit) {
        return new Bytes(buffer, length, true);
      }
    }
  }
}
