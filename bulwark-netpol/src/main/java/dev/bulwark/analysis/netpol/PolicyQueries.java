package dev.bulwark.analysis.netpol;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the NetworkPolicy checks ask of an inventory, answered from one model built once per
 * inventory and shared by every check and thread of a scan. Read-only and thread-safe.
 */
public final class PolicyQueries {
  /** Built once per inventory and shared; a String when the policies cannot be analysed. */
  private static final Inventory.Derived<Object> QUERIES = inventory -> {
    try {
      return new PolicyQueries(ClusterModel.read(inventory), inventory);
    } catch (NetpolInputException e) {
      return "NetworkPolicies could not be analysed: " + e.getMessage();
    }
  };

  private final ClusterModel model;
  private final PolicyEvaluator evaluator;
  private final Map<Resource, Workload> byResource = new IdentityHashMap<>();
  private final Map<Resource, NetworkPolicy> policiesByResource = new IdentityHashMap<>();
  private final java.util.Set<String> exposedOutside = new java.util.HashSet<>();
  private final java.util.Set<String> customResourceNamespaces = new java.util.HashSet<>();
  // Policies select pods of their own namespace only; checks ask for every policy.
  private final Map<String, List<Workload>> workloadsByNamespace = new java.util.HashMap<>();

  private PolicyQueries(ClusterModel model, Inventory inventory) {
    this(model);
    for (Resource r : inventory.all()) {
      String group = r.ref().group();
      if (group.contains(".") && !group.endsWith(".k8s.io") && !group.equals("route.openshift.io")) {
        customResourceNamespaces.add(r.namespace() == null || r.namespace().isEmpty() ? "default" : r.namespace());
      }
    }
  }

  private PolicyQueries(ClusterModel model) {
    this.model = model;
    this.evaluator = new PolicyEvaluator(model);
    for (Workload w : model.workloads()) {
      byResource.put(w.source(), w);
    }
    for (NetworkPolicy p : model.networkPolicies()) {
      // The first policy read from an object wins, as the list's order decided before.
      policiesByResource.putIfAbsent(p.source(), p);
    }
    Map<String, List<Workload>> byNamespace = workloadsByNamespace;
    for (Workload w : model.workloads()) {
      byNamespace.computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(w);
    }
    for (ServiceInfo s : model.services()) {
      if (s.isExposedOutside() && s.selector() != null) {
        LabelSelector selector = LabelSelector.ofLabels(s.selector());
        for (Workload w : byNamespace.getOrDefault(s.namespace(), List.of())) {
          if (selector.matches(w.labels())) {
            exposedOutside.add(w.displayName());
          }
        }
      }
    }
    exposedOutside.addAll(IngressTargets.of(model, new ArrayList<>()).keySet());
  }

  /**
   * The queries for an inventory, built on first use.
   *
   * @throws NotEvaluatedException when the policies cannot be analysed (an invalid CIDR, say):
   *     the checks are then reported as not evaluated, with the reason
   */
  public static PolicyQueries of(Inventory inventory) {
    Object queries = inventory.derived(QUERIES);
    if (queries instanceof PolicyQueries q) {
      return q;
    }
    throw new NotEvaluatedException((String) queries);
  }

  /** Queries over a model, without caching (tests). */
  public static PolicyQueries of(ClusterModel model) {
    return new PolicyQueries(model);
  }

  public ClusterModel model() {
    return model;
  }

  /** The workload read from this object (for a controller-owned Pod: its owner), or null. */
  public Workload workload(Resource r) {
    return byResource.get(r);
  }

  /** The NetworkPolicy read from this object, or null. */
  public NetworkPolicy networkPolicy(Resource r) {
    return policiesByResource.get(r);
  }

  /** NetworkPolicies selecting the workload for the direction (non-empty: it is isolated). */
  public List<NetworkPolicy> selecting(Workload w, Direction direction) {
    return evaluator.subject(direction, w).policies();
  }

  /** True when a policy of any layer (NetworkPolicy, admin, baseline) governs the direction. */
  public boolean isProtected(Workload w, Direction direction) {
    return evaluator.subject(direction, w).isProtected();
  }

  /** Workloads of the input the policy selects (for either direction). */
  public List<Workload> selectedBy(NetworkPolicy p) {
    List<Workload> out = new ArrayList<>();
    for (Workload w : workloadsByNamespace.getOrDefault(p.namespace(), List.of())) {
      if (p.podSelector().matches(w.labels())) {
        out.add(w);
      }
    }
    return out;
  }

  /** What {@code src}'s egress side allows towards {@code dst} (which need not be in the input). */
  public ConnectionSet egress(Workload src, Peer dst) {
    return evaluator.side(Direction.EGRESS, Peer.of(src), dst, PolicyTrace.NONE);
  }

  /** True when a LoadBalancer or NodePort Service, an Ingress or a Route exposes the workload. */
  public boolean isPublic(Workload w) {
    return exposedOutside.contains(w.displayName());
  }

  /** Workloads a rule peer of a policy in {@code namespace} selects. */
  public List<Workload> matching(RulePeer.Selector peer, String namespace) {
    List<Workload> out = new ArrayList<>();
    for (Workload w : model.workloads()) {
      if (peer.matches(w, namespace, model.namespaces())) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * True when a rule peer of a policy in {@code namespace} selects some workload: {@link
   * #matching} is not empty. Looks only at the namespaces the peer can reach.
   */
  public boolean matchesAny(RulePeer.Selector peer, String namespace) {
    if (peer.namespaceSelector() == null) {
      return anySelected(peer, workloadsByNamespace.getOrDefault(namespace, List.of()));
    }
    for (Map.Entry<String, List<Workload>> e : workloadsByNamespace.entrySet()) {
      if (peer.namespaceSelector().matches(model.namespaces().labels(e.getKey()))
          && anySelected(peer, e.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static boolean anySelected(RulePeer.Selector peer, List<Workload> workloads) {
    for (Workload w : workloads) {
      if (peer.podSelector() == null || peer.podSelector().matches(w.labels())) {
        return true;
      }
    }
    return false;
  }

  /** Known namespaces (from Namespace objects and workloads) a selector matches. */
  public List<String> namespacesMatching(LabelSelector selector) {
    List<String> out = new ArrayList<>();
    for (String ns : model.namespaces().names()) {
      if (selector.matches(model.namespaces().labels(ns))) {
        out.add(ns);
      }
    }
    return out;
  }

  /**
   * True when the input seems to hold every pod of the namespace: it has workloads there and no
   * custom resources (an operator's Prometheus or Alertmanager object makes pods the manifests do
   * not show).
   */
  public boolean holdsAllPodsOf(String namespace) {
    return !customResourceNamespaces.contains(namespace) && workloadsByNamespace.containsKey(namespace);
  }
}
