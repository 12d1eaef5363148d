package dev.bulwark.analysis.netpol;

import java.util.Arrays;

/**
 * A lazily filled table from (row class, column class) to an interned connection set, so each
 * combination of equivalence classes is evaluated once however many workloads share it.
 */
final class ClassTable {
  /** Computes one cell. */
  interface Cell {
    ConnectionSet compute(int row, int column);
  }

  /**
   * Fills a new row (all -1) with what is known without evaluating: the row's default where only
   * a few columns can differ from it, those few left at -1 to be computed when read.
   */
  interface RowDefaults {
    void fill(int row, int[] cells);
  }

  private RowDefaults defaults = (row, cells) -> { };

  private final int[][] rows;
  private final int columns;
  private final Cell cell;
  private final ConnectionPool pool;

  ClassTable(int rows, int columns, Cell cell, ConnectionPool pool) {
    this.rows = new int[rows][];
    this.columns = columns;
    this.cell = cell;
    this.pool = pool;
  }

  int get(int row, int column) {
    return get(row(row), row, column);
  }

  /** The cells of one row, -1 where not yet computed; fill them through {@link #get(int[], int, int)}. */
  int[] row(int row) {
    int[] r = rows[row];
    if (r == null) {
      r = new int[columns];
      Arrays.fill(r, -1);
      defaults.fill(row, r);
      rows[row] = r;
    }
    return r;
  }

  ClassTable withDefaults(RowDefaults rowDefaults) {
    this.defaults = rowDefaults;
    return this;
  }

  /** A cell of a row obtained from {@link #row(int)}. */
  int get(int[] r, int row, int column) {
    int v = r[column];
    if (v < 0) {
      v = pool.id(cell.compute(row, column));
      r[column] = v;
    }
    return v;
  }

  int rowCount() {
    return rows.length;
  }

  int columnCount() {
    return columns;
  }
}
