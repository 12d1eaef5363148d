package dev.bulwark.analysis.rbac;

import dev.bulwark.analysis.rbac.EscalationEdge.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one grant into escalation steps (reference §1.10): which permission, in which scope, lets
 * its holder become which identity, or take full control. Combinations (bind with creating
 * bindings, escalate with writing roles) are checked against all grants of the identity.
 */
final class EscalationSteps {
  /** Receives the steps. */
  @FunctionalInterface
  interface Sink {
    void edge(EscalationNode from, EscalationNode to, String how, Grant grant, Kind kind);
  }

  private static final String RBAC = "rbac.authorization.k8s.io";
  private static final Probe CREATE_CLUSTER_BINDINGS =
      Probe.in(RBAC, "clusterrolebindings", false, "create");
  private static final Probe CREATE_BINDINGS = Probe.in(RBAC, "rolebindings", false, "create");
  private static final Probe WRITE_CLUSTER_ROLES =
      Probe.in(RBAC, "clusterroles", true, "create", "update", "patch");
  private static final Probe WRITE_ROLES =
      Probe.in(RBAC, "roles", true, "create", "update", "patch");
  private static final Probe BIND_CLUSTER_ROLES = Probe.in(RBAC, "clusterroles", true, "bind");
  private static final Probe ESCALATE_CLUSTER_ROLES =
      Probe.in(RBAC, "clusterroles", true, "escalate");
  private static final Probe IMPERSONATE_GROUPS = Probe.core("groups", true, "impersonate");
  private static final Probe IMPERSONATE_USERS = Probe.core("users", true, "impersonate");
  private static final Set<String> ADMIN_SIGNERS =
      Set.of("kubernetes.io/kube-apiserver-client", "kubernetes.io/legacy-unknown");

  private final RbacModel model;
  private final PodAccounts accounts;
  private final Set<String> namespaces;
  private final Map<String, Set<Subject>> accountsByNamespace;
  private final Set<Subject> users;
  private final Sink sink;

  EscalationSteps(
      RbacModel model,
      PodAccounts accounts,
      Set<String> namespaces,
      Map<String, Set<Subject>> accountsByNamespace,
      Set<Subject> users,
      Sink sink) {
    this.model = model;
    this.accounts = accounts;
    this.namespaces = namespaces;
    this.accountsByNamespace = accountsByNamespace;
    this.users = users;
    this.sink = sink;
  }

  /** The steps one grant gives; {@code all} is every grant of the identity, for combinations. */
  void add(EscalationNode from, Grant grant, List<Grant> all) {
    PolicyRule rule = grant.rule().rule();
    Binding b = grant.binding();
    boolean cluster = b.isClusterWide();
    String where = cluster ? "in every namespace" : "in namespace " + b.namespace();
    EscalationNode anyAccount =
        cluster ? EscalationNode.ANY_ACCOUNT : EscalationNode.accountsOf(b.namespace());

    if (Capability.FULL_CONTROL.grantedBy(rule)) {
      if (cluster) {
        edge(from, EscalationNode.ADMIN, "holds full control cluster-wide", grant, Kind.HOLDS);
      } else {
        edge(
            from,
            anyAccount,
            "has full control " + where + ", so can run pods as any ServiceAccount there",
            grant,
            Kind.ESCALATION);
      }
      return;
    }
    if (Capability.CREATE_PODS.grantedBy(rule)
        || Capability.WRITE_POD_CONTROLLERS.grantedBy(rule)) {
      edge(from, anyAccount, "can create pods or pod controllers " + where, grant, Kind.ESCALATION);
    }
    if (Capability.WRITE_SECRETS.grantedBy(rule)
        && Probe.core("secrets", false, "create").matches(rule)) {
      edge(
          from,
          anyAccount,
          "can create secrets "
              + where
              + " (a service-account-token Secret is filled with a token)",
          grant,
          Kind.ESCALATION);
    }
    if (Capability.CREATE_TOKENS.grantedBy(rule)) {
      namedOrAny(
          from, rule, b, anyAccount, "can mint tokens (serviceaccounts/token) " + where, grant);
    }
    if (Capability.IMPERSONATE_SERVICE_ACCOUNTS.grantedBy(rule)) {
      namedOrAny(from, rule, b, anyAccount, "can impersonate ServiceAccounts " + where, grant);
    }
    if (Capability.READ_SECRETS.grantedBy(rule)) {
      for (Subject account : accounts.accountsWithTokenSecrets()) {
        if (cluster || account.namespace().equals(b.namespace())) {
          edge(
              from,
              EscalationNode.of(account),
              "can read secrets " + where + ", including the token Secret of " + account.label(),
              grant,
              Kind.ESCALATION);
        }
      }
    }
    if (Capability.EXEC_INTO_PODS.grantedBy(rule)) {
      edge(
          from,
          cluster ? EscalationNode.ANY_POD : EscalationNode.podsOf(b.namespace()),
          "can exec into pods " + where,
          grant,
          Kind.ESCALATION);
    }
    if (!cluster) {
      addNamespaceAdminSteps(from, grant, all);
      return;
    }
    if (Capability.NODES_PROXY.grantedBy(rule)) {
      edge(
          from,
          EscalationNode.ANY_POD,
          "can run commands in any pod through the kubelet API (nodes/proxy)",
          grant,
          Kind.ESCALATION);
    }
    if (Probe.in(
                "admissionregistration.k8s.io",
                "mutatingwebhookconfigurations",
                true,
                "create",
                "update",
                "patch")
            .matches(rule)
        || Probe.in(
                "admissionregistration.k8s.io",
                "mutatingadmissionpolicies",
                true,
                "create",
                "update",
                "patch")
            .matches(rule)) {
      edge(
          from,
          EscalationNode.ANY_POD,
          "can mutate every pod at admission",
          grant,
          Kind.ESCALATION);
    }
    if (IMPERSONATE_GROUPS.matches(rule)) {
      if (rule.resourceNames().isEmpty() || rule.resourceNames().contains(Identity.MASTERS)) {
        edge(
            from,
            EscalationNode.ADMIN,
            "can impersonate group system:masters",
            grant,
            Kind.ESCALATION);
      } else {
        for (String name : rule.resourceNames()) {
          edge(
              from,
              EscalationNode.of(Subject.group(name)),
              "can impersonate group " + name,
              grant,
              Kind.ESCALATION);
        }
      }
    }
    if (IMPERSONATE_USERS.matches(rule)) {
      for (Subject user : users) {
        if (rule.resourceNames().isEmpty() || rule.resourceNames().contains(user.name())) {
          edge(
              from,
              EscalationNode.of(user),
              "can impersonate user " + user.name(),
              grant,
              Kind.ESCALATION);
        }
      }
    }
    if (Capability.APPROVE_CSRS.grantedBy(rule)
        && Capability.APPROVE_CSRS.completedBy(model.rulesOf(grant.role()))
        && (rule.resourceNames().isEmpty()
            || rule.resourceNames().stream().anyMatch(ADMIN_SIGNERS::contains))) {
      edge(
          from,
          EscalationNode.ADMIN,
          "can approve a client certificate for group system:masters",
          grant,
          Kind.ESCALATION);
    }
    if (BIND_CLUSTER_ROLES.matches(rule) && bindsAnAdminRole(rule)) {
      if (holdsClusterWide(all, CREATE_CLUSTER_BINDINGS)) {
        edge(
            from,
            EscalationNode.ADMIN,
            "can bind cluster-admin to itself (bind on clusterroles, create clusterrolebindings)",
            grant,
            Kind.ESCALATION);
      } else if (holdsClusterWide(all, CREATE_BINDINGS)) {
        edge(
            from,
            EscalationNode.ANY_ACCOUNT,
            "can bind cluster-admin in any namespace (bind on clusterroles, create rolebindings)",
            grant,
            Kind.ESCALATION);
      }
    }
    if (ESCALATE_CLUSTER_ROLES.matches(rule) && holdsClusterWide(all, WRITE_CLUSTER_ROLES)) {
      edge(
          from,
          EscalationNode.ADMIN,
          "can write any rule into ClusterRoles, including one bound to it (escalate)",
          grant,
          Kind.ESCALATION);
    }
  }

  /** bind/escalate held through a RoleBinding: admin of that namespace. */
  private void addNamespaceAdminSteps(EscalationNode from, Grant grant, List<Grant> all) {
    PolicyRule rule = grant.rule().rule();
    String ns = grant.binding().namespace();
    boolean bind =
        Capability.BIND.grantedBy(rule)
            && bindsAnAdminRole(rule)
            && holdsIn(all, ns, CREATE_BINDINGS);
    boolean escalate = Capability.ESCALATE.grantedBy(rule) && holdsIn(all, ns, WRITE_ROLES);
    if (bind || escalate) {
      edge(
          from,
          EscalationNode.accountsOf(ns),
          "can grant itself any role in namespace "
              + ns
              + (bind ? " (bind, create rolebindings)" : " (escalate, write roles)"),
          grant,
          Kind.ESCALATION);
    }
  }

  private void namedOrAny(
      EscalationNode from,
      PolicyRule rule,
      Binding b,
      EscalationNode any,
      String how,
      Grant grant) {
    if (rule.resourceNames().isEmpty()) {
      edge(from, any, how, grant, Kind.ESCALATION);
      return;
    }
    for (String ns : b.isClusterWide() ? namespaces : Set.of(b.namespace())) {
      for (String name : rule.resourceNames()) {
        Subject account = Subject.serviceAccount(ns, name);
        if (accountsByNamespace.getOrDefault(ns, Set.of()).contains(account)) {
          edge(
              from,
              EscalationNode.of(account),
              how + " for " + account.label(),
              grant,
              Kind.ESCALATION);
        }
      }
    }
  }

  private boolean bindsAnAdminRole(PolicyRule rule) {
    if (rule.resourceNames().isEmpty()) {
      return true;
    }
    for (String name : rule.resourceNames()) {
      if (model.rulesOf(RbacRef.clusterRole(name)).stream().anyMatch(r -> r.rule().isFullWildcard())
          || name.equals("cluster-admin")) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsClusterWide(List<Grant> grants, Probe probe) {
    return grants.stream()
        .anyMatch(g -> g.binding().isClusterWide() && probe.matches(g.rule().rule()));
  }

  private static boolean holdsIn(List<Grant> grants, String ns, Probe probe) {
    return grants.stream()
        .anyMatch(
            g ->
                (g.binding().isClusterWide() || ns.equals(g.binding().namespace()))
                    && probe.matches(g.rule().rule()));
  }

  private void edge(EscalationNode from, EscalationNode to, String how, Grant grant, Kind kind) {
    sink.edge(from, to, how, grant, kind);
  }
}
