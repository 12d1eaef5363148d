package dev.bulwark.analysis.rbac;

import dev.bulwark.analysis.rbac.EscalationEdge.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who can become whom: identities joined by the permissions that let one act as another (run a pod
 * as a ServiceAccount, read its token, exec into its pod, impersonate it, mint its token) or gain
 * everything at once (bind or escalate roles, impersonate system:masters, approve a client
 * certificate). Shortest paths to full control are found with one breadth-first search backwards
 * from the goal, so the cost is linear in the size of the graph.
 */
public final class EscalationGraph {
  private final Map<EscalationNode, List<EscalationEdge>> out = new LinkedHashMap<>();
  private final Set<EscalationNode> starts = new TreeSet<>();
  private final RbacModel model;
  private final PodAccounts accounts;
  private final Set<String> namespaces = new TreeSet<>();
  private final Map<String, Set<Subject>> accountsByNamespace = new HashMap<>();
  private final Set<Subject> users = new TreeSet<>();
  private final Set<Subject> groups = new TreeSet<>();
  private EscalationSteps steps;

  private EscalationGraph(RbacModel model, PodAccounts accounts) {
    this.model = model;
    this.accounts = accounts;
  }

  /** Builds the graph of every identity the model names. */
  public static EscalationGraph build(RbacModel model, PodAccounts accounts) {
    EscalationGraph g = new EscalationGraph(model, accounts);
    g.collectIdentities();
    g.steps =
        new EscalationSteps(model, accounts, g.namespaces, g.accountsByNamespace, g.users, g::edge);
    g.addSteppingStones();
    for (Subject s : g.users) {
      g.addIdentity(s);
    }
    for (Subject s : g.groups) {
      g.addIdentity(s);
    }
    g.accountsByNamespace.values().forEach(set -> set.forEach(g::addIdentity));
    return g;
  }

  private void collectIdentities() {
    for (Binding b : model.bindings()) {
      for (int i = 0; i < b.subjects().size(); i++) {
        Subject s = b.effectiveSubject(i);
        switch (s.kind()) {
          case Subject.USER -> users.add(s);
          case Subject.GROUP -> groups.add(s);
          case Subject.SERVICE_ACCOUNT -> {
            if (s.namespace() != null) {
              addAccount(s);
            }
          }
          default -> {}
        }
        AccountPower.namespaceOfGroup(s).ifPresent(namespaces::add);
        boolean identity =
            s.kind().equals(Subject.USER)
                || s.kind().equals(Subject.GROUP)
                || s.isServiceAccount() && s.namespace() != null;
        if (identity && !s.equals(Subject.group(Identity.MASTERS))) {
          starts.add(EscalationNode.of(s));
        }
      }
      if (!b.isClusterWide()) {
        namespaces.add(b.namespace());
      }
    }
    accounts.declaredAccounts().forEach(this::addAccount);
    accounts.runningAccounts().forEach(this::addAccount);
    accounts.accountsWithTokenSecrets().forEach(this::addAccount);
    namespaces.addAll(accounts.namespaces());
    for (String ns : namespaces) {
      addAccount(Subject.serviceAccount(ns, "default"));
    }
  }

  private void addAccount(Subject account) {
    namespaces.add(account.namespace());
    accountsByNamespace.computeIfAbsent(account.namespace(), k -> new TreeSet<>()).add(account);
  }

  private void addSteppingStones() {
    for (String ns : namespaces) {
      EscalationNode anyAccount = EscalationNode.accountsOf(ns);
      edge(EscalationNode.ANY_ACCOUNT, anyAccount, "", null, Kind.EXPANSION);
      edge(EscalationNode.ANY_POD, EscalationNode.podsOf(ns), "", null, Kind.EXPANSION);
      for (Subject account : accountsByNamespace.getOrDefault(ns, Set.of())) {
        edge(
            anyAccount,
            EscalationNode.of(account),
            "and so becomes " + account.label(),
            null,
            Kind.EXPANSION);
      }
    }
    for (Subject account : accounts.runningAccounts()) {
      String workload = accounts.workloadsOf(account).get(0).resource().ref().toString();
      edge(
          EscalationNode.podsOf(account.namespace()),
          EscalationNode.of(account),
          "and so becomes " + account.label() + " (" + workload + " runs as it)",
          null,
          Kind.EXPANSION);
    }
  }

  /** The steps one identity can take with its own grants, plus membership of its groups. */
  private void addIdentity(Subject subject) {
    EscalationNode from = EscalationNode.of(subject);
    if (subject.equals(Subject.group(Identity.MASTERS))) {
      edge(
          from,
          EscalationNode.ADMIN,
          "is allowed everything (system:masters bypasses RBAC)",
          null,
          Kind.HOLDS);
      return;
    }
    Identity identity = Identity.of(subject);
    for (String group : identity.groups()) {
      Subject g = Subject.group(group);
      if (!g.equals(subject) && groups.contains(g)) {
        edge(from, EscalationNode.of(g), "is a member of group " + group, null, Kind.MEMBERSHIP);
      }
    }
    List<Grant> all = model.grantsOf(identity);
    for (Grant grant : all) {
      Subject via = grant.subject();
      // Grants held through a group are the group's steps; membership already leads there.
      if (via.kind().equals(Subject.GROUP) && !via.equals(subject)) {
        continue;
      }
      steps.add(from, grant, all);
    }
  }

  private void edge(EscalationNode from, EscalationNode to, String how, Grant grant, Kind kind) {
    List<EscalationEdge> edges = out.computeIfAbsent(from, k -> new ArrayList<>());
    for (EscalationEdge e : edges) {
      if (e.to().equals(to)) {
        return; // one reason per pair is enough for a path
      }
    }
    edges.add(new EscalationEdge(from, to, how, grant, kind));
  }

  /**
   * For every identity that does not already hold full control, its shortest path to it, sorted by
   * length then start.
   */
  public List<EscalationPath> paths() {
    Map<EscalationNode, EscalationEdge> next = shortestNextSteps();
    List<EscalationPath> paths = new ArrayList<>();
    for (EscalationNode start : starts) {
      if (!next.containsKey(start) || alreadyAdmin(start, next)) {
        continue;
      }
      paths.add(new EscalationPath(start, hops(start, next)));
    }
    paths.sort(
        java.util.Comparator.comparingInt((EscalationPath p) -> p.hops().size())
            .thenComparing(EscalationPath::start));
    return paths;
  }

  /** The shortest path from one identity, if any. */
  public java.util.Optional<EscalationPath> pathFrom(Subject subject) {
    Map<EscalationNode, EscalationEdge> next = shortestNextSteps();
    EscalationNode start = EscalationNode.of(subject);
    if (!next.containsKey(start)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new EscalationPath(start, hops(start, next)));
  }

  /** Breadth-first from the goal over reversed edges; each node keeps its first edge towards it. */
  private Map<EscalationNode, EscalationEdge> shortestNextSteps() {
    Map<EscalationNode, List<EscalationEdge>> in = new HashMap<>();
    for (List<EscalationEdge> edges : out.values()) {
      for (EscalationEdge e : edges) {
        in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
      }
    }
    Map<EscalationNode, EscalationEdge> next = new HashMap<>();
    Set<EscalationNode> seen = new LinkedHashSet<>();
    Deque<EscalationNode> queue = new ArrayDeque<>();
    queue.add(EscalationNode.ADMIN);
    seen.add(EscalationNode.ADMIN);
    while (!queue.isEmpty()) {
      EscalationNode node = queue.poll();
      for (EscalationEdge e : in.getOrDefault(node, List.of())) {
        if (seen.add(e.from())) {
          next.put(e.from(), e);
          queue.add(e.from());
        }
      }
    }
    return next;
  }

  /** True when the path is only group membership ending in holding full control. */
  private static boolean alreadyAdmin(
      EscalationNode start, Map<EscalationNode, EscalationEdge> next) {
    EscalationNode node = start;
    while (true) {
      EscalationEdge e = next.get(node);
      if (e.kind() == Kind.HOLDS) {
        return true;
      }
      if (e.kind() != Kind.MEMBERSHIP) {
        return false;
      }
      node = e.to();
    }
  }

  /** Follows the chain, folding stepping stones into the hop that enters them. */
  private static List<EscalationPath.Hop> hops(
      EscalationNode start, Map<EscalationNode, EscalationEdge> next) {
    List<EscalationPath.Hop> hops = new ArrayList<>();
    EscalationNode node = start;
    while (!node.equals(EscalationNode.ADMIN)) {
      EscalationEdge first = next.get(node);
      StringBuilder how = new StringBuilder(first.how());
      EscalationNode to = first.to();
      while (!to.isIdentity() && !to.equals(EscalationNode.ADMIN)) {
        EscalationEdge step = next.get(to);
        if (!step.how().isEmpty()) {
          how.append(", ").append(step.how());
        }
        to = step.to();
      }
      hops.add(new EscalationPath.Hop(node, to, how.toString(), first.grant()));
      node = to;
    }
    return hops;
  }
}
