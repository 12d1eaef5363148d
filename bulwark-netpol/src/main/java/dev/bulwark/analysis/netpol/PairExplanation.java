package dev.bulwark.analysis.netpol;

import java.util.Comparator;
import java.util.List;

/**
 * Why what flows from one peer to another is allowed or denied, port class by port class.
 *
 * @param src the source
 * @param dst the destination
 * @param classes the port classes, covering every port of every protocol (or the focus port)
 */
public record PairExplanation(Peer src, Peer dst, List<PortClass> classes) {

  public PairExplanation {
    classes = List.copyOf(classes);
  }

  /** What is allowed, all classes together. */
  public ConnectionSet allowed() {
    ConnectionSet out = ConnectionSet.NONE;
    for (PortClass c : classes) {
      if (c.allowed()) {
        out = out.union(c.connections());
      }
    }
    return out;
  }

  /** Allowed classes, sorted by their ports text. */
  public List<PortClass> allowedClasses() {
    return classes.stream().filter(PortClass::allowed).sorted(Comparator.comparing(PortClass::portsText)).toList();
  }

  /** Denied classes, sorted by their ports text. */
  public List<PortClass> deniedClasses() {
    return classes.stream().filter(c -> !c.allowed()).sorted(Comparator.comparing(PortClass::portsText)).toList();
  }

  /** True when no policy governs either side: everything flows by the system default. */
  public boolean onlyDefault() {
    return classes.size() == 1 && classes.get(0).connections().isAll()
        && classes.get(0).egress().onlyDefault() && classes.get(0).ingress().onlyDefault();
  }
}
