package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Exposure: for each workload and direction, whether any policy protects it, what it is open to
 * from or towards the entire cluster, and towards the pods the policies name that the input
 * lacks. The external-address lines of the listing are repeated per workload. Follows
 * netpol-analyzer's {@code --exposure}.
 */
final class ExposureAnalysis {
  private final ConnectivityEngine engine;
  private final ListOptions options;
  private final PolicyEvaluator evaluator;

  ExposureAnalysis(ConnectivityEngine engine, ListOptions options) {
    this.engine = engine;
    this.options = options;
    this.evaluator = engine.evaluator();
  }

  /** Exposure of one workload in one direction. */
  private static final class Side {
    final boolean isProtected;
    final List<ExposureReport.Line> lines = new ArrayList<>();

    Side(boolean isProtected) {
      this.isProtected = isProtected;
    }
  }

  ExposureReport report(ExposureCollector collector) {
    Peer cluster = Peer.entireCluster();
    List<Peer> representatives = Representatives.of(engine.model());
    Map<Peer, Side> egress = new LinkedHashMap<>();
    Map<Peer, Side> ingress = new LinkedHashMap<>();
    String direction = options.focusDirection();
    for (Peer w : engine.workloads()) {
      if (!Focus.isFocus(w, options.focusWorkloads())) {
        continue;
      }
      if (direction == null || direction.equals("egress")) {
        general(w, Direction.EGRESS, cluster, egress);
      }
      if (direction == null || direction.equals("ingress")) {
        general(w, Direction.INGRESS, cluster, ingress);
      }
      for (Peer r : representatives) {
        if (direction == null || direction.equals("egress")) {
          specific(w, r, Direction.EGRESS, cluster, egress);
        }
        if (direction == null || direction.equals("ingress")) {
          specific(w, r, Direction.INGRESS, cluster, ingress);
        }
      }
    }
    List<Peer> exposed = new ArrayList<>(egress.keySet());
    for (Peer p : ingress.keySet()) {
      if (!exposed.contains(p)) {
        exposed.add(p);
      }
    }
    List<ExposureReport.Line> egressLines = new ArrayList<>();
    List<ExposureReport.Line> ingressLines = new ArrayList<>();
    TreeSet<String> unprotected = new TreeSet<>();
    int width = 0;
    for (Peer p : exposed) {
      width = Math.max(width, p.displayName().length());
      lines(p, egress.get(p), Direction.EGRESS, egressLines, unprotected);
      lines(p, ingress.get(p), Direction.INGRESS, ingressLines, unprotected);
      for (ConnectionLine l : collector.externalLines()) {
        if (l.src().equals(p)) {
          egressLines.add(new ExposureReport.Line(p.displayName(), l.dst().displayName(), l.text()));
        }
        if (l.dst().equals(p)) {
          ingressLines.add(new ExposureReport.Line(p.displayName(), l.src().displayName(), l.text()));
        }
      }
    }
    Comparator<ExposureReport.Line> order =
        Comparator.comparing(ExposureReport.Line::workload).thenComparing(ExposureReport.Line::peer);
    egressLines.sort(order);
    ingressLines.sort(order);
    return new ExposureReport(egressLines, ingressLines, new ArrayList<>(unprotected), width);
  }

  private static void lines(Peer p, Side side, Direction d, List<ExposureReport.Line> out, TreeSet<String> unprotected) {
    if (side == null) {
      return;
    }
    if (!side.isProtected) {
      out.add(new ExposureReport.Line(p.displayName(), "entire-cluster", ConnectionSet.ALL_TEXT));
      unprotected.add(p.displayName() + " is not protected on " + d.label());
      return;
    }
    out.addAll(side.lines);
  }

  /** Unprotected, or protected and open to the entire cluster: the first entry of a workload. */
  private void general(Peer w, Direction d, Peer cluster, Map<Peer, Side> sides) {
    Subject subject = evaluator.subject(d, w);
    if (!subject.isProtected()) {
      sides.putIfAbsent(w, new Side(false));
      return;
    }
    ConnectionSet conns = focused(clusterWide(w, d, cluster));
    if (conns.isEmpty()) {
      return;
    }
    sides.computeIfAbsent(w, k -> new Side(true)).lines.add(line(w, "entire-cluster", conns));
  }

  /**
   * A representative peer: reported when the workload is protected and what it may exchange
   * with the representative differs from what it may exchange with the entire cluster (an
   * empty line says the representative is an exception to an entire-cluster exposure).
   */
  private void specific(Peer w, Peer r, Direction d, Peer cluster, Map<Peer, Side> sides) {
    if (!evaluator.subject(d, w).isProtected()) {
      return;
    }
    ConnectionSet conns = focused(d == Direction.EGRESS ? evaluator.allowed(w, r) : evaluator.allowed(r, w));
    ConnectionSet general = focused(clusterWide(w, d, cluster));
    if (!general.isEmpty() && conns.equals(general)) {
      return;
    }
    if (general.isEmpty() && conns.isEmpty()) {
      return;
    }
    sides.computeIfAbsent(w, k -> new Side(true)).lines.add(line(w, r.displayName(), conns));
  }

  /** With a focus connection, only it matters: all of it or nothing. */
  private ConnectionSet focused(ConnectionSet conns) {
    if (options.focusConnection() == null) {
      return conns;
    }
    ConnectionSet focus = options.focusConnection().asConnections();
    return conns.containsAll(focus) ? focus : ConnectionSet.NONE;
  }

  /** What the workload's own side allows with the entire cluster. */
  private ConnectionSet clusterWide(Peer w, Direction d, Peer cluster) {
    return d == Direction.EGRESS
        ? evaluator.side(Direction.EGRESS, w, cluster, PolicyTrace.NONE)
        : evaluator.side(Direction.INGRESS, cluster, w, PolicyTrace.NONE);
  }

  private static ExposureReport.Line line(Peer w, String peer, ConnectionSet conns) {
    return new ExposureReport.Line(w.displayName(), peer, conns.toString());
  }
}
