package dev.bulwark.analysis.netpol;

import java.util.List;

/** Renders a {@link ReachabilityMatrix} for a terminal, as an HTML page, or as a Graphviz graph. */
public final class MatrixWriter {
  private MatrixWriter() {}

  /**
   * A grid with numbered columns: {@code all}, {@code some} or {@code -} per cell; rows are
   * sources, columns destinations.
   */
  public static String text(ReachabilityMatrix m, String title) {
    List<String> rows = m.rows();
    List<String> columns = m.columns();
    int nameWidth = "from \\ to".length();
    for (String r : rows) {
      nameWidth = Math.max(nameWidth, r.length());
    }
    StringBuilder sb = new StringBuilder(title).append(" (rows: from, columns: to)\n\n");
    sb.append(pad("from \\ to", nameWidth));
    for (int c = 0; c < columns.size(); c++) {
      sb.append("  ").append(pad(String.valueOf(c + 1), 4));
    }
    sb.append('\n');
    for (int r = 0; r < rows.size(); r++) {
      sb.append(pad(rows.get(r), nameWidth));
      for (int c = 0; c < columns.size(); c++) {
        sb.append("  ").append(pad(symbol(m.cell(r, c)), 4));
      }
      sb.append('\n');
    }
    sb.append('\n');
    for (int c = 0; c < columns.size(); c++) {
      sb.append(pad(String.valueOf(c + 1), 4)).append(columns.get(c)).append('\n');
    }
    sb.append("\nall = every pair, every port; some = some pairs or ports; - = nothing\n");
    return sb.toString().replaceAll(" +\n", "\n");
  }

  private static String symbol(ReachabilityMatrix.Cell cell) {
    return switch (cell.reach()) {
      case ALL -> "all";
      case SOME -> "some";
      case NONE -> cell.pairs() == 0 ? "" : "-";
    };
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** A self-contained HTML page: one coloured cell per pair of groups, details on hover. */
  public static String html(ReachabilityMatrix m, String title) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}")
        .append("th,td{border:1px solid #ccc;padding:.3em .5em;font-size:.85em}")
        .append("th.col{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left}")
        .append("td.all{background:#d73027;color:#fff}td.some{background:#fdae61}td.none{background:#eef5ee;color:#999}")
        .append("td.empty{background:#fff}\n</style>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<p>Rows are sources, columns destinations. <b>all</b>: every pair may exchange everything;"
            + " <b>some</b>: some pairs or some ports; <b>-</b>: nothing. Hover a cell for what is allowed.</p>\n")
        .append("<table>\n<tr><th>from \\ to</th>");
    for (String c : m.columns()) {
      sb.append("<th class=\"col\">").append(escape(c)).append("</th>");
    }
    sb.append("</tr>\n");
    for (int r = 0; r < m.rows().size(); r++) {
      sb.append("<tr><th>").append(escape(m.rows().get(r))).append("</th>");
      for (int c = 0; c < m.columns().size(); c++) {
        ReachabilityMatrix.Cell cell = m.cell(r, c);
        String css = cell.pairs() == 0 ? "empty" : cell.reach().name().toLowerCase(java.util.Locale.ROOT);
        String tip = cell.pairs() == 0 ? "" : cell.allowedPairs() + " of " + cell.pairs() + " pairs: " + cell.connections();
        sb.append("<td class=\"").append(css).append("\" title=\"").append(escape(tip)).append("\">")
            .append(escape(symbol(cell))).append("</td>");
      }
      sb.append("</tr>\n");
    }
    return sb.append("</table>\n</body>\n</html>\n").toString();
  }

  /** A Graphviz graph: one node per group, one edge per cell that allows something. */
  public static String dot(ReachabilityMatrix m) {
    StringBuilder sb = new StringBuilder("digraph {\n");
    java.util.Set<String> nodes = new java.util.TreeSet<>(m.rows());
    nodes.addAll(m.columns());
    for (String n : nodes) {
      String color = n.equals(ReachabilityMatrix.EXTERNAL) ? "red2" : "blue";
      sb.append('\t').append(GoText.quote(n)).append(" [color=\"").append(color).append("\" fontcolor=\"").append(color).append("\"]\n");
    }
    for (int r = 0; r < m.rows().size(); r++) {
      for (int c = 0; c < m.columns().size(); c++) {
        ReachabilityMatrix.Cell cell = m.cell(r, c);
        if (cell.reach() == ReachabilityMatrix.Reach.NONE) {
          continue;
        }
        String style = cell.reach() == ReachabilityMatrix.Reach.ALL ? " style=bold" : "";
        sb.append('\t').append(GoText.quote(m.rows().get(r))).append(" -> ").append(GoText.quote(m.columns().get(c)))
            .append(" [label=").append(GoText.quote(cell.connections().toString())).append(style).append("]\n");
      }
    }
    return sb.append("}\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
