package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns connection sets as small integers, so that tables of classes hold ints and repeated
 * intersections are computed once. Not thread-safe.
 */
final class ConnectionPool {
  static final int NONE = 0;
  static final int ALL = 1;

  private final List<ConnectionSet> sets = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final Map<ConnectionSet, Integer> ids = new HashMap<>();
  private final Map<Long, Integer> intersections = new HashMap<>();
  /** Intersections of the first sets, by far the most used, without boxing: -1 = not yet known. */
  private static final int DENSE = 512;
  private final int[][] dense = new int[DENSE][];

  ConnectionPool() {
    id(ConnectionSet.NONE);
    id(ConnectionSet.ALL);
  }

  int id(ConnectionSet set) {
    Integer id = ids.get(set);
    if (id == null) {
      id = sets.size();
      sets.add(set);
      texts.add(null);
      ids.put(set, id);
    }
    return id;
  }

  ConnectionSet get(int id) {
    return sets.get(id);
  }

  /** The list-format text, computed once per set. */
  String text(int id) {
    String t = texts.get(id);
    if (t == null) {
      t = sets.get(id).toString();
      texts.set(id, t);
    }
    return t;
  }

  int intersect(int a, int b) {
    if (a == b || b == ALL || a == NONE) {
      return a;
    }
    if (a == ALL || b == NONE) {
      return b;
    }
    if (a < DENSE && b < DENSE) {
      int[] row = dense[a];
      if (row == null) {
        row = new int[DENSE];
        java.util.Arrays.fill(row, -1);
        dense[a] = row;
      }
      if (row[b] < 0) {
        row[b] = id(sets.get(a).intersect(sets.get(b)));
      }
      return row[b];
    }
    long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    Integer known = intersections.get(key);
    if (known == null) {
      known = id(sets.get(a).intersect(sets.get(b)));
      intersections.put(key, known);
    }
    return known;
  }
}
