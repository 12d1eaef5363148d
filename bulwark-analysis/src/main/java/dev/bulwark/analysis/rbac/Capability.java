package dev.bulwark.analysis.rbac;

import java.util.List;

/**
 * The catalogue of permissions that amount to privilege escalation (reference §1.10), each as a
 * test on one rule plus where it has effect.
 */
public enum Capability {
  FULL_CONTROL(
      "do anything (every verb on every resource of every API group)",
      Reach.NAMESPACED,
      true,
      PolicyRule::isFullWildcard),
  READ_SECRETS(
      "read secrets", Reach.NAMESPACED, true, Probe.core("secrets", false, "get", "list", "watch")),
  WRITE_SECRETS(
      "create or change secrets (a service-account-token Secret gets a token)",
      Reach.NAMESPACED,
      true,
      Probe.core("secrets", false, "create"),
      Probe.core("secrets", true, "update", "patch")),
  CREATE_PODS(
      "create pods (and so run as any ServiceAccount of the namespace)",
      Reach.NAMESPACED,
      true,
      Probe.core("pods", false, "create")),
  WRITE_POD_CONTROLLERS(
      "create or change pod controllers (and so run as any ServiceAccount of the namespace)",
      Reach.NAMESPACED,
      true,
      controllerProbes()),
  EXEC_INTO_PODS(
      "exec, attach, port-forward or add debug containers to pods",
      Reach.NAMESPACED,
      true,
      Probe.core("pods/exec", true, "create", "get"),
      Probe.core("pods/attach", true, "create", "get"),
      Probe.core("pods/portforward", true, "create", "get"),
      Probe.core("pods/ephemeralcontainers", true, "update", "patch")),
  NODES_PROXY(
      "reach the kubelet API of every node through nodes/proxy (get is enough to exec)",
      Reach.CLUSTER,
      true,
      Probe.core("nodes/proxy", true, "get", "create", "update", "patch", "delete", "proxy")),
  ESCALATE(
      "escalate: write roles with permissions it does not hold",
      Reach.NAMESPACED,
      true,
      Probe.in("rbac.authorization.k8s.io", "roles", true, "escalate"),
      Probe.in("rbac.authorization.k8s.io", "clusterroles", true, "escalate")),
  BIND(
      "bind roles it does not hold",
      Reach.NAMESPACED,
      true,
      Probe.in("rbac.authorization.k8s.io", "roles", true, "bind"),
      Probe.in("rbac.authorization.k8s.io", "clusterroles", true, "bind")),
  IMPERSONATE_IDENTITIES(
      "impersonate users, groups, user extras or UIDs",
      Reach.CLUSTER,
      true,
      new Probe(List.of("impersonate"), List.of(""), "users", true),
      new Probe(List.of("impersonate"), List.of(""), "groups", true),
      Probe.in("authentication.k8s.io", "uids", true, "impersonate"),
      rule ->
          RuleMatcher.verbMatches(rule, "impersonate")
              && RuleMatcher.apiGroupMatches(rule, "authentication.k8s.io")
              && rule.resources().stream()
                  .anyMatch(
                      r -> r.equals("*") || r.startsWith("userextras/") || r.startsWith("*/")),
      rule -> rule.verbs().stream().anyMatch(v -> v.startsWith("impersonate:"))),
  IMPERSONATE_SERVICE_ACCOUNTS(
      "impersonate ServiceAccounts",
      Reach.NAMESPACED,
      true,
      Probe.core("serviceaccounts", true, "impersonate")),
  CREATE_TOKENS(
      "mint ServiceAccount tokens (serviceaccounts/token)",
      Reach.NAMESPACED,
      true,
      Probe.core("serviceaccounts/token", true, "create")),
  APPROVE_CSRS(
      "approve certificate signing requests (and so mint client certificates)",
      Reach.CLUSTER,
      true,
      Probe.in("certificates.k8s.io", "signers", true, "approve")),
  WRITE_ADMISSION(
      "write admission webhooks or policies (see or change every admitted object)",
      Reach.CLUSTER,
      true,
      admissionProbes()),
  WRITE_NODES(
      "change nodes or their status (labels and taints steer pods)",
      Reach.CLUSTER,
      false,
      Probe.core("nodes", true, "update", "patch"),
      Probe.core("nodes/status", true, "update", "patch")),
  WRITE_SERVICE_STATUS(
      "change services/status (LoadBalancer ingress IPs, CVE-2020-8554)",
      Reach.NAMESPACED,
      false,
      Probe.core("services/status", true, "update", "patch")),
  CREATE_PERSISTENT_VOLUMES(
      "create persistent volumes (hostPath volumes reach the node's disk)",
      Reach.CLUSTER,
      true,
      Probe.core("persistentvolumes", false, "create")),
  UPDATE_NAMESPACES(
      "change namespaces (and drop their pod-security labels)",
      Reach.NAMESPACE_OBJECT,
      false,
      Probe.core("namespaces", true, "update", "patch")),
  WRITE_API_EXTENSIONS(
      "write CustomResourceDefinitions or APIServices (redirect whole API groups)",
      Reach.CLUSTER,
      true,
      Probe.in(
          "apiextensions.k8s.io", "customresourcedefinitions", true, "create", "update", "patch"),
      Probe.in("apiregistration.k8s.io", "apiservices", true, "create", "update", "patch"));

  /** Approving a CSR also needs update on its approval subresource. */
  private static final Probe CSR_APPROVAL =
      Probe.in(
          "certificates.k8s.io", "certificatesigningrequests/approval", true, "update", "patch");

  /** Where a capability has effect. */
  public enum Reach {
    /**
     * Namespaced resources: a RoleBinding grants it in its namespace, a ClusterRoleBinding
     * everywhere.
     */
    NAMESPACED,
    /** Cluster-scoped resources: only a ClusterRoleBinding grants it. */
    CLUSTER,
    /** The Namespace object itself: a RoleBinding in X reaches namespace X only. */
    NAMESPACE_OBJECT
  }

  private final String description;
  private final Reach reach;
  private final boolean escalation;
  private final List<RuleTest> tests;

  Capability(String description, Reach reach, boolean escalation, RuleTest... tests) {
    this.description = description;
    this.reach = reach;
    this.escalation = escalation;
    this.tests = List.of(tests);
  }

  /** What the holder can do, as a verb phrase: "read secrets". */
  public String description() {
    return description;
  }

  public Reach reach() {
    return reach;
  }

  /** True when holding it beyond one's own namespace makes a ServiceAccount worth stealing. */
  public boolean isEscalation() {
    return escalation;
  }

  /** True when this one rule grants the capability. */
  public boolean grantedBy(PolicyRule rule) {
    for (RuleTest t : tests) {
      if (t.matches(rule)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the rule, held through this binding, has effect: cluster-scoped capabilities need a
   * ClusterRoleBinding; a RoleBinding can change only its own Namespace object.
   */
  public boolean grantedBy(PolicyRule rule, Binding binding) {
    if (!grantedBy(rule)) {
      return false;
    }
    return switch (reach) {
      case NAMESPACED -> true;
      case CLUSTER -> binding.isClusterWide();
      case NAMESPACE_OBJECT ->
          binding.isClusterWide()
              || rule.resourceNames().isEmpty()
              || rule.resourceNames().contains(binding.namespace());
    };
  }

  /**
   * True when the role's rules supply what this capability needs besides the matching rule:
   * approving CSRs takes both {@code approve} on a signer and update on the approval subresource.
   */
  public boolean completedBy(java.util.Collection<SourcedRule> roleRules) {
    if (this != APPROVE_CSRS) {
      return true;
    }
    return roleRules.stream().anyMatch(r -> CSR_APPROVAL.matches(r.rule()));
  }

  private static RuleTest[] controllerProbes() {
    List<String> apps = List.of("apps", "extensions");
    return new RuleTest[] {
      new Probe(List.of("create"), apps, "deployments", false),
      new Probe(List.of("create"), apps, "daemonsets", false),
      new Probe(List.of("create"), apps, "statefulsets", false),
      new Probe(List.of("create"), apps, "replicasets", false),
      Probe.core("replicationcontrollers", false, "create"),
      Probe.in("batch", "jobs", false, "create"),
      Probe.in("batch", "cronjobs", false, "create"),
      new Probe(List.of("update", "patch"), apps, "deployments", true),
      new Probe(List.of("update", "patch"), apps, "daemonsets", true),
      new Probe(List.of("update", "patch"), apps, "statefulsets", true),
      new Probe(List.of("update", "patch"), apps, "replicasets", true),
      Probe.core("replicationcontrollers", true, "update", "patch"),
      Probe.in("batch", "jobs", true, "update", "patch"),
      Probe.in("batch", "cronjobs", true, "update", "patch")
    };
  }

  private static RuleTest[] admissionProbes() {
    String group = "admissionregistration.k8s.io";
    return List.of(
            "mutatingwebhookconfigurations",
            "validatingwebhookconfigurations",
            "validatingadmissionpolicies",
            "validatingadmissionpolicybindings",
            "mutatingadmissionpolicies",
            "mutatingadmissionpolicybindings")
        .stream()
        .map(r -> Probe.in(group, r, true, "create", "update", "patch"))
        .toArray(RuleTest[]::new);
  }
}
