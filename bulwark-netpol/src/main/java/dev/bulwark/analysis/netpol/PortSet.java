package dev.bulwark.analysis.netpol;

import java.util.Arrays;

/**
 * An immutable set of port numbers within 1-65535, kept as sorted, merged, inclusive intervals so
 * that {@code 8081} and {@code 8082} become {@code 8081-8082}.
 */
public final class PortSet {
  public static final int MIN = 1;
  public static final int MAX = 65535;
  public static final PortSet NONE = new PortSet(new int[0]);
  public static final PortSet ALL = new PortSet(new int[] {MIN, MAX});

  /** Pairs of inclusive bounds: {@code [start0, end0, start1, end1, ...]}, merged and sorted. */
  private final int[] bounds;
  private final int hash;

  private PortSet(int[] bounds) {
    this.bounds = bounds;
    this.hash = Arrays.hashCode(bounds);
  }

  /** The ports {@code from..to}, clipped to 1-65535; empty when {@code to < from}. */
  public static PortSet range(int from, int to) {
    int lo = Math.max(from, MIN);
    int hi = Math.min(to, MAX);
    if (hi < lo) {
      return NONE;
    }
    if (lo == MIN && hi == MAX) {
      return ALL;
    }
    return new PortSet(new int[] {lo, hi});
  }

  public static PortSet of(int port) {
    return range(port, port);
  }

  public boolean isEmpty() {
    return bounds.length == 0;
  }

  public boolean isAll() {
    return bounds.length == 2 && bounds[0] == MIN && bounds[1] == MAX;
  }

  public boolean contains(int port) {
    for (int i = 0; i < bounds.length; i += 2) {
      if (port >= bounds[i] && port <= bounds[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Number of intervals. */
  public int intervals() {
    return bounds.length / 2;
  }

  public int start(int interval) {
    return bounds[2 * interval];
  }

  public int end(int interval) {
    return bounds[2 * interval + 1];
  }

  public PortSet union(PortSet other) {
    if (other.isEmpty() || this == other) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    if (isAll() || other.isAll()) {
      return ALL;
    }
    int[] merged = new int[bounds.length + other.bounds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < bounds.length || j < other.bounds.length) {
      int s;
      int e;
      if (j >= other.bounds.length || (i < bounds.length && bounds[i] <= other.bounds[j])) {
        s = bounds[i];
        e = bounds[i + 1];
        i += 2;
      } else {
        s = other.bounds[j];
        e = other.bounds[j + 1];
        j += 2;
      }
      // Adjacent or overlapping intervals merge: 80-81 and 82-90 are 80-90.
      if (n > 0 && s <= merged[n - 1] + 1) {
        merged[n - 1] = Math.max(merged[n - 1], e);
      } else {
        merged[n++] = s;
        merged[n++] = e;
      }
    }
    return canonical(Arrays.copyOf(merged, n));
  }

  public PortSet intersect(PortSet other) {
    if (isEmpty() || other.isAll() || this == other) {
      return this;
    }
    if (other.isEmpty() || isAll()) {
      return other;
    }
    int[] out = new int[bounds.length + other.bounds.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < bounds.length && j < other.bounds.length) {
      int s = Math.max(bounds[i], other.bounds[j]);
      int e = Math.min(bounds[i + 1], other.bounds[j + 1]);
      if (s <= e) {
        out[n++] = s;
        out[n++] = e;
      }
      if (bounds[i + 1] < other.bounds[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return canonical(Arrays.copyOf(out, n));
  }

  public PortSet minus(PortSet other) {
    return intersect(other.complement());
  }

  /** The ports of 1-65535 not in this set. */
  public PortSet complement() {
    if (isEmpty()) {
      return ALL;
    }
    if (isAll()) {
      return NONE;
    }
    int[] out = new int[bounds.length + 2];
    int n = 0;
    int next = MIN;
    for (int i = 0; i < bounds.length; i += 2) {
      if (bounds[i] > next) {
        out[n++] = next;
        out[n++] = bounds[i] - 1;
      }
      next = bounds[i + 1] + 1;
    }
    if (next <= MAX) {
      out[n++] = next;
      out[n++] = MAX;
    }
    return canonical(Arrays.copyOf(out, n));
  }

  private static PortSet canonical(int[] bounds) {
    if (bounds.length == 0) {
      return NONE;
    }
    if (bounds.length == 2 && bounds[0] == MIN && bounds[1] == MAX) {
      return ALL;
    }
    return new PortSet(bounds);
  }

  /** {@code 53,8080-8082}: ascending intervals, {@code N} or {@code N-M}, comma-separated. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bounds.length; i += 2) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(bounds[i]);
      if (bounds[i + 1] != bounds[i]) {
        sb.append('-').append(bounds[i + 1]);
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortSet p && p.hash == hash && Arrays.equals(p.bounds, bounds);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
