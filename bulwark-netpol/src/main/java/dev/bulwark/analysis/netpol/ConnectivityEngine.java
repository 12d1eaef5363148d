package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers "which connections may flow from A to B" for every pair of peers of a {@link
 * ClusterModel}: workloads, and the external address ranges the policies distinguish. Work is
 * done per pair of equivalence classes ({@link EquivalenceClasses}) and memoised, so a listing
 * of all pairs costs little more than walking them. Not thread-safe.
 */
public final class ConnectivityEngine {
  private final ClusterModel model;
  private final PolicyEvaluator evaluator;
  private final List<Peer> workloads = new ArrayList<>();
  private final List<Peer> externalSources = new ArrayList<>();
  private final List<Peer> externalDestinations = new ArrayList<>();
  private final Peer ingressController = Peer.ingressController();
  private final EquivalenceClasses classes;
  private final ConnectionPool pool = new ConnectionPool();
  private final ClassTable egress;
  private final ClassTable ingress;
  private final java.util.Map<String, Peer> byName = new java.util.HashMap<>();

  public ConnectivityEngine(ClusterModel model) {
    this.model = model;
    this.evaluator = new PolicyEvaluator(model);
    for (Workload w : model.workloads()) {
      Peer p = Peer.of(w);
      workloads.add(p);
      byName.put(p.displayName(), p);
    }
    for (IpRange r : AddressAtoms.sources(model)) {
      externalSources.add(Peer.external(r));
    }
    for (IpRange r : AddressAtoms.destinations(model)) {
      externalDestinations.add(Peer.external(r));
    }
    List<Peer> inClassScope = new ArrayList<>(workloads);
    inClassScope.add(ingressController);
    List<Peer> externals = new ArrayList<>(externalSources);
    externals.addAll(externalDestinations);
    this.classes = new EquivalenceClasses(evaluator, inClassScope, externals);
    this.egress = new ClassTable(classes.egressSubjectCount(), classes.egressPeerCount(), classes::egress, pool)
        .withDefaults(this::egressDefaults);
    // Ingress is stored by the source's class first, so that one source reads one row of each table.
    int[] ingressDefaults = new int[classes.ingressSubjectCount()];
    for (int s = 0; s < ingressDefaults.length; s++) {
      ingressDefaults[s] = pool.id(classes.ingressDefault(s));
    }
    this.ingress = new ClassTable(
        classes.ingressPeerCount(), classes.ingressSubjectCount(), (peer, subject) -> classes.ingress(subject, peer), pool)
        .withDefaults((peer, cells) -> {
          System.arraycopy(ingressDefaults, 0, cells, 0, cells.length);
          classes.ingressExceptions(peer, s -> cells[s] = -1);
        });
  }

  /**
   * Most cells of an egress row are the row's default (what the subject allows to peers none of
   * its rules name); only peer classes that a rule can match are computed one by one.
   */
  private void egressDefaults(int subject, int[] cells) {
    ConnectionSet fallback = classes.egressDefault(subject);
    if (fallback == null) {
      return;
    }
    java.util.Arrays.fill(cells, pool.id(fallback));
    classes.egressExceptions(subject, p -> cells[p] = -1);
  }

  public ClusterModel model() {
    return model;
  }

  /** Workload peers, sorted by name. */
  public List<Peer> workloads() {
    return List.copyOf(workloads);
  }

  /** External address ranges as sources (cut by ingress ipBlocks). */
  public List<Peer> externalSources() {
    return List.copyOf(externalSources);
  }

  /** External address ranges as destinations (cut by egress ipBlocks and admin networks). */
  public List<Peer> externalDestinations() {
    return List.copyOf(externalDestinations);
  }

  /** The engine's peer for a workload of the model. */
  public Peer peer(Workload w) {
    Peer p = byName.get(w.displayName());
    if (p == null) {
      throw new IllegalArgumentException("not a workload of this model: " + w.displayName());
    }
    return p;
  }

  /** The workload peer with this name ({@code ns/name[Kind]}), or {@code null}. */
  public Peer peerNamed(String displayName) {
    return byName.get(displayName);
  }

  /** The made-up ingress controller that Ingress and Route objects imply. */
  public Peer ingressController() {
    return ingressController;
  }

  /** What may flow from {@code src} to {@code dst}; both must be peers of this engine. */
  public ConnectionSet allowed(Peer src, Peer dst) {
    return pool.get(allowedId(src, dst));
  }

  /** What {@code src}'s egress side allows towards {@code dst}. */
  public ConnectionSet egress(Peer src, Peer dst) {
    return pool.get(egress.get(classes.of(src).egressSubject(), classes.of(dst).egressPeer()));
  }

  /** What {@code dst}'s ingress side allows from {@code src}. */
  public ConnectionSet ingress(Peer src, Peer dst) {
    return pool.get(ingress.get(classes.of(src).ingressPeer(), classes.of(dst).ingressSubject()));
  }

  /** True when some policy of any layer selects the workload for the direction. */
  public boolean isProtected(Peer peer, Direction direction) {
    EquivalenceClasses.Ids ids = classes.of(peer);
    return direction == Direction.EGRESS
        ? classes.egressSubject(ids.egressSubject()).isProtected()
        : classes.ingressSubject(ids.ingressSubject()).isProtected();
  }

  /** True when some NetworkPolicy selects the workload for the direction (it is isolated). */
  public boolean isIsolated(Peer peer, Direction direction) {
    EquivalenceClasses.Ids ids = classes.of(peer);
    Subject s = direction == Direction.EGRESS
        ? classes.egressSubject(ids.egressSubject())
        : classes.ingressSubject(ids.ingressSubject());
    return !s.policies().isEmpty();
  }

  int allowedId(Peer src, Peer dst) {
    EquivalenceClasses.Ids s = classes.of(src);
    EquivalenceClasses.Ids d = classes.of(dst);
    int e = egress.get(s.egressSubject(), d.egressPeer());
    if (e == ConnectionPool.NONE) {
      return e;
    }
    return pool.intersect(e, ingress.get(s.ingressPeer(), d.ingressSubject()));
  }

  /**
   * What one source may send to each of {@code destinations}, as interned ids (see {@link
   * #connection(int)}): the hot loop of a listing, one pass over two table rows.
   */
  final class SourceRow {
    private final int egressSubject;
    private final int ingressPeer;
    private final int[] egressRow;
    private final int[] ingressRow;

    SourceRow(Peer src) {
      EquivalenceClasses.Ids ids = classes.of(src);
      egressSubject = ids.egressSubject();
      ingressPeer = ids.ingressPeer();
      egressRow = egress.row(egressSubject);
      ingressRow = ingress.row(ingressPeer);
    }

    /** The connections to a destination given its class ids ({@link #destinationIds}). */
    int allowed(int egressPeer, int ingressSubject) {
      int e = egress.get(egressRow, egressSubject, egressPeer);
      if (e == ConnectionPool.NONE) {
        return e;
      }
      return pool.intersect(e, ingress.get(ingressRow, ingressPeer, ingressSubject));
    }
  }

  /** Class ids of destinations, in pairs: egress peer class, ingress subject class. */
  int[] destinationIds(List<Peer> destinations) {
    int[] out = new int[destinations.size() * 2];
    for (int i = 0; i < destinations.size(); i++) {
      EquivalenceClasses.Ids ids = classes.of(destinations.get(i));
      out[2 * i] = ids.egressPeer();
      out[2 * i + 1] = ids.ingressSubject();
    }
    return out;
  }

  /** Sizes of the class tables, for diagnostics: egress subjects x peers, ingress peers x subjects. */
  public String classSummary() {
    return classes.egressSubjectCount() + " egress subject classes x " + classes.egressPeerCount() + " egress peer classes, "
        + classes.ingressPeerCount() + " ingress peer classes x " + classes.ingressSubjectCount() + " ingress subject classes";
  }

  /** The list-format text of an interned connection set. */
  String text(int id) {
    return pool.text(id);
  }

  ConnectionSet connection(int id) {
    return pool.get(id);
  }

  PolicyEvaluator evaluator() {
    return evaluator;
  }
}
