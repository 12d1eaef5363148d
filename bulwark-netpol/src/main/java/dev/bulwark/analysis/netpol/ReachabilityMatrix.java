package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who can reach whom, aggregated: namespace × namespace (or workload × workload), with external
 * addresses as one more row and column. A cell says whether every pair of its workloads may
 * exchange everything, something, or nothing, and what the union of allowed connections is.
 */
public final class ReachabilityMatrix {
  /** The external-address row and column. */
  public static final String EXTERNAL = "(external)";

  /** How much a cell allows. */
  public enum Reach {
    /** Every pair, every port. */
    ALL,
    /** Some pairs or some ports. */
    SOME,
    /** Nothing. */
    NONE
  }

  /**
   * One cell.
   *
   * @param reach how much is allowed
   * @param connections the union of what is allowed between its pairs
   * @param allowedPairs pairs with at least one allowed connection
   * @param pairs pairs in the cell
   */
  public record Cell(Reach reach, ConnectionSet connections, int allowedPairs, int pairs) {}

  private final List<String> rows;
  private final List<String> columns;
  private final Cell[][] cells;

  private ReachabilityMatrix(List<String> rows, List<String> columns, Cell[][] cells) {
    this.rows = rows;
    this.columns = columns;
    this.cells = cells;
  }

  /** Namespaces ({@code byWorkload == false}) or workloads as rows and columns. */
  public static ReachabilityMatrix of(ConnectivityEngine engine, boolean byWorkload) {
    Map<String, List<Peer>> groups = new TreeMap<>();
    for (Peer w : engine.workloads()) {
      groups.computeIfAbsent(byWorkload ? w.displayName() : w.namespace(), k -> new ArrayList<>()).add(w);
    }
    Map<String, List<Peer>> src = new LinkedHashMap<>(groups);
    src.put(EXTERNAL, engine.externalSources());
    Map<String, List<Peer>> dst = new LinkedHashMap<>(groups);
    dst.put(EXTERNAL, engine.externalDestinations());
    List<String> rows = new ArrayList<>(src.keySet());
    List<String> columns = new ArrayList<>(dst.keySet());
    Tally[][] tallies = new Tally[rows.size()][columns.size()];
    for (Tally[] row : tallies) {
      for (int c = 0; c < row.length; c++) {
        row[c] = new Tally();
      }
    }
    List<Peer> destinations = new ArrayList<>();
    List<Integer> columnOf = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      for (Peer d : dst.get(columns.get(c))) {
        destinations.add(d);
        columnOf.add(c);
      }
    }
    int[] ids = engine.destinationIds(destinations);
    for (int r = 0; r < rows.size(); r++) {
      for (Peer s : src.get(rows.get(r))) {
        ConnectivityEngine.SourceRow row = engine.new SourceRow(s);
        for (int d = 0; d < destinations.size(); d++) {
          Peer to = destinations.get(d);
          if ((s.isExternal() && to.isExternal()) || s == to) {
            continue;
          }
          tallies[r][columnOf.get(d)].add(row.allowed(ids[2 * d], ids[2 * d + 1]));
        }
      }
    }
    Cell[][] cells = new Cell[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        cells[r][c] = tallies[r][c].cell(engine);
      }
    }
    return new ReachabilityMatrix(rows, columns, cells);
  }

  /** Counts one cell's pairs as they are met; connection sets are unioned once per distinct id. */
  private static final class Tally {
    private final java.util.BitSet ids = new java.util.BitSet();
    private int pairs;
    private int allowed;

    void add(int id) {
      pairs++;
      if (id != ConnectionPool.NONE) {
        allowed++;
      }
      ids.set(id);
    }

    Cell cell(ConnectivityEngine engine) {
      ConnectionSet union = ConnectionSet.NONE;
      boolean everything = allowed == pairs;
      for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
        ConnectionSet conns = engine.connection(id);
        union = union.union(conns);
        everything &= id == ConnectionPool.NONE || conns.isAll();
      }
      Reach reach = allowed == 0 ? Reach.NONE : everything ? Reach.ALL : Reach.SOME;
      return new Cell(reach, union, allowed, pairs);
    }
  }

  public List<String> rows() {
    return List.copyOf(rows);
  }

  public List<String> columns() {
    return List.copyOf(columns);
  }

  public Cell cell(int row, int column) {
    return cells[row][column];
  }
}
