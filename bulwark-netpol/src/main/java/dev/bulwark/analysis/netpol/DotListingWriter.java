package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Graphviz: one cluster per namespace holding its workloads, external peers outside, one edge per
 * line labelled with the connections. Workloads without any connection still appear.
 */
final class DotListingWriter extends ListingWriter {
  private final List<Peer> nodes;
  private final Map<String, List<String>> byNamespace = new TreeMap<>();
  private final List<String> external = new ArrayList<>();
  private final List<String> edges = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  DotListingWriter(Appendable out, List<Peer> nodes) {
    super(out);
    this.nodes = nodes;
  }

  @Override
  public void accept(ConnectionLine line) {
    String src = line.src().displayName();
    String dst = line.dst().displayName();
    // Go compares the two names to weigh edges; keep its rule so the files match.
    String weight = src.compareTo(dst) <= 0 ? "0.5" : "1";
    edges.add("\t" + GoText.quote(src) + " -> " + GoText.quote(dst) + " [label=" + GoText.quote(line.text())
        + " color=\"gold2\" fontcolor=\"darkgreen\" weight=" + weight + "]");
    node(line.src());
    node(line.dst());
  }

  /**
   * Exposure as dashed edges to {@code entire-cluster} (a diamond) and to representative peers
   * (red, outside the namespace clusters); external ranges are already in the graph.
   */
  private void exposureEdges(ExposureReport exposure) {
    for (boolean ingress : new boolean[] {false, true}) {
      for (ExposureReport.Line l : ingress ? exposure.ingress() : exposure.egress()) {
        if (l.peer().endsWith("[External]")) {
          continue;
        }
        if (seen.add(l.peer())) {
          String shape = l.peer().equals("entire-cluster") ? " shape=diamond" : "";
          external.add("\t" + GoText.quote(l.peer()) + " [label=" + GoText.quote(l.peer()) + " color=\"red2\" fontcolor=\"red2\"" + shape + "]");
        }
        String from = ingress ? l.peer() : l.workload();
        String to = ingress ? l.workload() : l.peer();
        edges.add("\t" + GoText.quote(from) + " -> " + GoText.quote(to) + " [label=" + GoText.quote(l.connections())
            + " color=\"" + (ingress ? "darkorange2" : "darkorange4") + "\" fontcolor=\"darkgreen\" weight="
            + (ingress ? "1" : "0.5") + " style=dashed]");
      }
    }
  }

  private void node(Peer peer) {
    if (!seen.add(peer.displayName())) {
      return;
    }
    boolean outside = peer.isExternal() || peer.isIngressController();
    String label = outside ? peer.displayName() : peer.name() + "[" + peer.workload().kind() + "]";
    String color = peer.isExternal() ? "red2" : "blue";
    String line = GoText.quote(peer.displayName()) + " [label=" + GoText.quote(label) + " color=" + GoText.quote(color)
        + " fontcolor=" + GoText.quote(color) + "]";
    if (outside) {
      external.add("\t" + line);
    } else {
      byNamespace.computeIfAbsent(peer.namespace() + "[namespace]", k -> new ArrayList<>()).add("\t\t" + line);
    }
  }

  @Override
  public void finish(ExposureReport exposure) {
    for (Peer p : nodes) {
      node(p);
    }
    if (exposure != null) {
      exposureEdges(exposure);
    }
    List<String> out = new ArrayList<>();
    out.add("digraph {");
    for (Map.Entry<String, List<String>> ns : byNamespace.entrySet()) {
      List<String> members = new ArrayList<>(ns.getValue());
      members.sort(null);
      out.add("\tsubgraph \"cluster_" + ns.getKey().replace('-', '_') + "\" {");
      out.add("\t\tcolor=\"black\"");
      out.add("\t\tfontcolor=\"black\"");
      out.addAll(members);
      out.add("\t\tlabel=\"" + ns.getKey() + "\"");
      out.add("\t}");
    }
    external.sort(null);
    edges.sort(null);
    out.addAll(external);
    out.addAll(edges);
    out.add("}");
    write(String.join("\n", out));
  }
}
