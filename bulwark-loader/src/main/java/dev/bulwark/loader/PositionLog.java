package dev.bulwark.loader;

import java.util.Arrays;

/**
 * Positions recorded while one document is converted, in conversion order: escaped JSON Pointer
 * text and 1-based line and column. Kept flat so a List can be split into its items in one pass
 * before any {@link dev.bulwark.api.SourceMap} is built.
 */
final class PositionLog {
  private String[] pointers = new String[64];
  private long[] places = new long[64];
  private int size;

  void add(String pointer, int line, int column) {
    if (size == pointers.length) {
      pointers = Arrays.copyOf(pointers, size * 2);
      places = Arrays.copyOf(places, size * 2);
    }
    pointers[size] = pointer;
    places[size] = ((long) line << 32) | (column & 0xffffffffL);
    size++;
  }

  int size() {
    return size;
  }

  String pointer(int index) {
    return pointers[index];
  }

  int line(int index) {
    return (int) (places[index] >>> 32);
  }

  int column(int index) {
    return (int) places[index];
  }
}
