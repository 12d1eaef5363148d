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
    Map<String, List<Peer>> sources = new TreeMap<>();
    Map<String, List<Peer>> destinations = new TreeMap<>();
    for (Peer w : engine.workloads()) {
      String group = byWorkload ? w.displayName() : w.namespace();
      sources.computeIfAbsent(group, k -> new ArrayList<>()).add(w);
      destinations.computeIfAbsent(group, k -> new ArrayList<>()).add(w);
    }
    Map<String, List<Peer>> src = new LinkedHashMap<>(sources);
    src.put(EXTERNAL, engine.externalSources());
    Map<String, List<Peer>> dst = new LinkedHashMap<>(destinations);
    dst.put(EXTERNAL, engine.externalDestinations());
    List<String> rows = new ArrayList<>(src.keySet());
    List<String> columns = new ArrayList<>(dst.keySet());
    Cell[][] cells = new Cell[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        cells[r][c] = cell(engine, src.get(rows.get(r)), dst.get(columns.get(c)));
      }
    }
    return new ReachabilityMatrix(rows, columns, cells);
  }

  private static Cell cell(ConnectivityEngine engine, List<Peer> from, List<Peer> to) {
    ConnectionSet union = ConnectionSet.NONE;
    int pairs = 0;
    int allowed = 0;
    boolean everything = true;
    for (Peer s : from) {
      for (Peer d : to) {
        if ((s.isExternal() && d.isExternal()) || s.equals(d)) {
          continue;
        }
        pairs++;
        int id = engine.allowedId(s, d);
        if (id == ConnectionPool.NONE) {
          everything = false;
          continue;
        }
        allowed++;
        ConnectionSet conns = engine.connection(id);
        everything &= conns.isAll();
        union = union.union(conns);
      }
    }
    Reach reach = allowed == 0 ? Reach.NONE : everything ? Reach.ALL : Reach.SOME;
    return new Cell(reach, union, allowed, pairs);
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
