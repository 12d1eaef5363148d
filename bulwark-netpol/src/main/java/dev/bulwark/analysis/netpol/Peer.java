package dev.bulwark.analysis.netpol;

import java.util.Map;

/**
 * One end of a connection: a workload, the made-up ingress controller, or a range of external
 * addresses. Peers are named as netpol-analyzer names them, and compared by that name.
 */
public final class Peer implements Comparable<Peer> {
  /** The namespace netpol-analyzer gives the unknown ingress-controller pod. */
  public static final String INGRESS_CONTROLLER_NAMESPACE = "ingress-controller-ns";

  /**
   * Stands for a destination whose container ports are unknown (a representative pod, the whole
   * cluster): named ports towards it stay unresolved instead of matching nothing.
   */
  static final Workload UNKNOWN_PORTS = new Workload("", "", "", Map.of(), java.util.List.of(), false, null);

  private final Workload workload;
  private final IpRange addresses;
  private final Representative representative;
  private final boolean entireCluster;
  private final boolean nobody;
  private final String displayName;

  private Peer(Workload workload, IpRange addresses, String displayName) {
    this(workload, addresses, null, false, displayName);
  }

  private Peer(Workload workload, IpRange addresses, Representative representative, boolean entireCluster, String displayName) {
    this(workload, addresses, representative, entireCluster, false, displayName);
  }

  private Peer(
      Workload workload, IpRange addresses, Representative representative, boolean entireCluster, boolean nobody, String displayName) {
    this.workload = workload;
    this.addresses = addresses;
    this.representative = representative;
    this.entireCluster = entireCluster;
    this.nobody = nobody;
    this.displayName = displayName;
  }

  /**
   * A peer no rule peer matches (only rules without peers do): what a side allows to "anyone
   * else", the default of a row of the class tables.
   */
  static Peer nobody() {
    return new Peer(UNKNOWN_PORTS, null, null, false, true, "(nobody)");
  }

  boolean isNobody() {
    return nobody;
  }

  /** A pod the policies name but the input lacks (exposure analysis only). */
  public static Peer representative(Representative r) {
    return new Peer(UNKNOWN_PORTS, null, r, false, r.displayName());
  }

  /**
   * Any pod of any namespace, including ones not in the input: matched only by rules that
   * select every pod of every namespace (exposure analysis only).
   */
  public static Peer entireCluster() {
    return new Peer(UNKNOWN_PORTS, null, null, true, "entire-cluster");
  }

  /** The representative, or {@code null}. */
  public Representative representative() {
    return representative;
  }

  public boolean isEntireCluster() {
    return entireCluster;
  }

  /** True for peers that stand for unknown pods: representatives and the entire cluster. */
  public boolean isAbstract() {
    return representative != null || entireCluster || nobody;
  }

  public static Peer of(Workload workload) {
    return new Peer(workload, null, workload.displayName());
  }

  /** External addresses, named {@code first-last[External]}. */
  public static Peer external(IpRange addresses) {
    return new Peer(null, addresses, addresses + "[External]");
  }

  /**
   * The ingress controller that Ingress and Route objects imply: a pod with no labels in a
   * namespace of its own, named {@code {ingress-controller}}.
   */
  public static Peer ingressController() {
    Workload w = new Workload("Pod", INGRESS_CONTROLLER_NAMESPACE, "ingress-controller", Map.of(), java.util.List.of(), false, null);
    return new Peer(w, null, "{ingress-controller}");
  }

  /** The workload (also for the ingress controller), or {@code null} for external addresses. */
  public Workload workload() {
    return workload;
  }

  /** The addresses of an external peer, or {@code null}. */
  public IpRange addresses() {
    return addresses;
  }

  public boolean isExternal() {
    return addresses != null;
  }

  public boolean isIngressController() {
    return workload != null && workload.source() == null && !isAbstract();
  }

  /** The name a focus option matches: the workload's name (not for external peers). */
  public String name() {
    return workload == null ? "" : workload.name();
  }

  /** The namespace, or empty for external peers. */
  public String namespace() {
    return workload == null ? "" : workload.namespace();
  }

  public String displayName() {
    return displayName;
  }

  /** Byte order of the names, as Go sorts strings. */
  @Override
  public int compareTo(Peer o) {
    return displayName.compareTo(o.displayName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Peer p && p.displayName.equals(displayName);
  }

  @Override
  public int hashCode() {
    return displayName.hashCode();
  }

  @Override
  public String toString() {
    return displayName;
  }
}
