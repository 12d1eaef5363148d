package dev.bulwark.cli;

import dev.bulwark.analysis.rbac.Grant;
import dev.bulwark.analysis.rbac.RbacRef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Plain-text pieces of the rbac commands' table output. */
final class RbacText {
  private RbacText() {}

  /** {@code ClusterRole view}, {@code RoleBinding team/devs}. */
  static String ref(RbacRef ref) {
    return ref.kind()
        + " "
        + (ref.namespace() == null ? ref.name() : ref.namespace() + "/" + ref.name());
  }

  /** {@code RoleBinding team/devs -> ClusterRole edit}, plus the origin of an aggregated rule. */
  static String via(Grant g) {
    String from =
        g.rule().origin().equals(g.role()) ? "" : " (rule from " + ref(g.rule().origin()) + ")";
    return ref(g.binding().ref()) + " -> " + ref(g.role()) + from;
  }

  /** Rows as left-aligned columns, two spaces apart, the last column unpadded. */
  static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    int[] width = new int[header.size()];
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(row.get(i));
        if (i < row.size() - 1) {
          line.append(" ".repeat(width[i] - row.get(i).length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
