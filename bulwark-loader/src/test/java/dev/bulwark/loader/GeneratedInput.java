package dev.bulwark.loader;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A stream of {@code prefix} followed by a repeating pattern up to {@code size} bytes, produced on
 * demand: lets tests feed gigabytes without holding or writing them. Counts what was read.
 */
final class GeneratedInput extends InputStream {
  private final byte[] prefix;
  private final byte[] pattern;
  private final long size;
  private long position;

  GeneratedInput(String prefix, String pattern, long size) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.pattern = pattern.getBytes(StandardCharsets.UTF_8);
    this.size = size;
  }

  long bytesRead() {
    return position;
  }

  @Override
  public int read() {
    if (position >= size) {
      return -1;
    }
    return byteAt(position++) & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (position >= size) {
      return -1;
    }
    int n = (int) Math.min(length, size - position);
    for (int i = 0; i < n; i++) {
      buffer[offset + i] = byteAt(position + i);
    }
    position += n;
    return n;
  }

  private byte byteAt(long at) {
    if (at < prefix.length) {
      return prefix[(int) at];
    }
    return pattern[(int) ((at - prefix.length) % pattern.length)];
  }
}
