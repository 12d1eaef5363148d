package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains connections: for a pair of peers, which ports are allowed or denied and which
 * policies and rules (with file and line) decide it, side by side. Built on the same evaluation
 * as the listing, so the two always agree.
 */
public final class Explainer {
  private final ConnectivityEngine engine;
  private final SideExplainer sides;

  public Explainer(ConnectivityEngine engine) {
    this.engine = engine;
    this.sides = new SideExplainer(engine.evaluator());
  }

  /** The explanation of one ordered pair, optionally limited to one port. */
  public PairExplanation explain(Peer src, Peer dst, FocusConnection focus) {
    List<SideExplainer.Region> egress = sides.explain(Direction.EGRESS, src, dst);
    List<SideExplainer.Region> ingress = sides.explain(Direction.INGRESS, src, dst);
    if (src.isIngressController()) {
      ingress = throughIngressEntries(ingress, dst);
    }
    ConnectionSet scope = focus == null ? ConnectionSet.ALL : focus.asConnections();
    Map<String, PortClass> classes = new LinkedHashMap<>();
    for (SideExplainer.Region e : egress) {
      for (SideExplainer.Region i : ingress) {
        ConnectionSet ports = e.ports().intersect(i.ports()).intersect(scope);
        if (ports.isEmpty()) {
          continue;
        }
        String key = e.allowed() + "|" + e.reasons() + "|" + i.allowed() + "|" + i.reasons();
        PortClass known = classes.get(key);
        classes.put(key, new PortClass(
            known == null ? ports : known.connections().union(ports),
            new SideVerdict(e.allowed(), e.reasons()),
            new SideVerdict(i.allowed(), i.reasons())));
      }
    }
    return new PairExplanation(src, dst, new ArrayList<>(classes.values()));
  }

  /**
   * Traffic from the ingress controller must also be what an Ingress or Route leads to: the
   * entries' ports join the ingress side's reasons, and the system default gives way to them.
   */
  private List<SideExplainer.Region> throughIngressEntries(List<SideExplainer.Region> ingress, Peer dst) {
    IngressTargets.Target target = IngressTargets.of(engine.model(), new ArrayList<>()).get(dst.displayName());
    List<SideExplainer.Region> entries = new ArrayList<>();
    entries.add(new SideExplainer.Region(ConnectionSet.ALL, false, List.of()));
    if (target != null) {
      for (IngressTargets.Path path : target.paths()) {
        List<SideExplainer.Region> next = new ArrayList<>();
        for (SideExplainer.Region r : entries) {
          ConnectionSet in = r.ports().intersect(path.ports());
          ConnectionSet out = r.ports().minus(path.ports());
          if (!in.isEmpty()) {
            List<Reason> reasons = new ArrayList<>(r.allowed() ? r.reasons() : List.of());
            reasons.add(Reasons.ingressEntry(path.entry(), path.kind(), path.service(), true));
            next.add(new SideExplainer.Region(in, true, reasons));
          }
          if (!out.isEmpty()) {
            List<Reason> reasons = new ArrayList<>(r.reasons());
            if (!r.allowed()) {
              reasons.add(Reasons.ingressEntry(path.entry(), path.kind(), path.service(), false));
            }
            next.add(new SideExplainer.Region(out, r.allowed(), reasons));
          }
        }
        entries = next;
      }
    }
    List<SideExplainer.Region> out = new ArrayList<>();
    for (SideExplainer.Region policy : ingress) {
      for (SideExplainer.Region entry : entries) {
        ConnectionSet ports = policy.ports().intersect(entry.ports());
        if (ports.isEmpty()) {
          continue;
        }
        List<Reason> reasons = new ArrayList<>();
        for (Reason r : policy.reasons()) {
          if (!r.isSystemDefault()) {
            reasons.add(r);
          }
        }
        reasons.addAll(entry.reasons());
        out.add(new SideExplainer.Region(ports, policy.allowed() && entry.allowed(), reasons));
      }
    }
    return SideExplainer.merge(out);
  }

  /**
   * Every ordered pair of the listing's peers (external-to-external and self pairs aside), and
   * the ingress controller's targets, explained; {@code only} keeps the allowed or denied half.
   */
  public List<PairExplanation> explainAll(ExplainOptions options, ListOptions list) {
    Focus focus = new Focus(list);
    List<Peer> sources = new ArrayList<>(engine.externalSources());
    sources.addAll(engine.workloads());
    List<Peer> destinations = new ArrayList<>(engine.externalDestinations());
    destinations.addAll(engine.workloads());
    sources.sort(null);
    destinations.sort(null);
    List<PairExplanation> out = new ArrayList<>();
    for (Peer src : sources) {
      for (Peer dst : destinations) {
        if ((src.isExternal() && dst.isExternal()) || src.equals(dst) || !focus.includes(src, dst)) {
          continue;
        }
        add(explain(src, dst, options.focusConnection()), options, out);
      }
    }
    Peer controller = engine.ingressController();
    for (IngressTargets.Target t : IngressTargets.of(engine.model(), new ArrayList<>()).values()) {
      Peer dst = engine.peer(t.workload());
      if (focus.includes(controller, dst)) {
        add(explain(controller, dst, options.focusConnection()), options, out);
      }
    }
    out.sort((a, b) -> {
      int c = a.src().compareTo(b.src());
      return c != 0 ? c : a.dst().compareTo(b.dst());
    });
    return out;
  }

  private static void add(PairExplanation e, ExplainOptions options, List<PairExplanation> out) {
    if (options.only() == null) {
      out.add(e);
      return;
    }
    boolean allow = options.only().equals("allow");
    List<PortClass> kept = e.classes().stream().filter(c -> c.allowed() == allow).toList();
    if (!kept.isEmpty()) {
      out.add(new PairExplanation(e.src(), e.dst(), kept));
    }
  }
}
