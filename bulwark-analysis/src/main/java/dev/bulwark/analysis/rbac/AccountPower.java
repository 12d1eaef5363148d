package dev.bulwark.analysis.rbac;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which ServiceAccounts are worth stealing, computed from the model rather than assumed (no
 * hard-coded kube-system): an account is powerful when it holds an escalation capability beyond its
 * own namespace, through a ClusterRoleBinding or a RoleBinding elsewhere. A namespace holding such
 * an account is one where pod creation, exec or secret reading is a step up.
 */
public final class AccountPower {

  /**
   * One reason an account is powerful.
   *
   * @param capability what it can do
   * @param grant where the permission comes from
   */
  public record Held(Capability capability, Grant grant) {
    @Override
    public String toString() {
      String where =
          grant.binding().isClusterWide()
              ? "cluster-wide"
              : "in namespace " + grant.binding().namespace();
      return capability.description() + " " + where + " through " + grant.binding().ref();
    }
  }

  private final Map<Subject, List<Held>> powerful;
  private final Map<String, List<Subject>> byNamespace;

  private AccountPower(Map<Subject, List<Held>> powerful) {
    this.powerful = powerful;
    Map<String, List<Subject>> ns = new HashMap<>();
    powerful.keySet().stream()
        .sorted()
        .forEach(s -> ns.computeIfAbsent(s.namespace(), k -> new ArrayList<>()).add(s));
    this.byNamespace = ns;
  }

  /**
   * Assesses every account the model or the manifests know, and each namespace's default account.
   */
  public static AccountPower of(RbacModel model, PodAccounts accounts) {
    Set<Subject> candidates = new TreeSet<>();
    candidates.addAll(accounts.declaredAccounts());
    candidates.addAll(accounts.runningAccounts());
    Set<String> namespaces = new TreeSet<>(accounts.namespaces());
    namespaces.addAll(model.bindingNamespaces());
    for (Binding b : model.bindings()) {
      for (int i = 0; i < b.subjects().size(); i++) {
        Subject s = b.effectiveSubject(i);
        if (s.isServiceAccount() && s.namespace() != null) {
          candidates.add(s);
        }
        namespaceOfGroup(s).ifPresent(namespaces::add);
      }
    }
    // Every namespace has a default account, which catches grants to system:serviceaccounts[:ns].
    namespaces.forEach(ns -> candidates.add(Subject.serviceAccount(ns, "default")));

    Map<Subject, List<Held>> powerful = new LinkedHashMap<>();
    for (Subject account : candidates) {
      List<Held> held = heldBeyondNamespace(model, account);
      if (!held.isEmpty()) {
        powerful.put(account, held);
      }
    }
    return new AccountPower(powerful);
  }

  /** The namespace a {@code system:serviceaccounts:<ns>} group names. */
  static java.util.Optional<String> namespaceOfGroup(Subject s) {
    if (s.kind().equals(Subject.GROUP)
        && s.name().startsWith(Identity.SERVICE_ACCOUNT_GROUP_PREFIX)
        && s.name().length() > Identity.SERVICE_ACCOUNT_GROUP_PREFIX.length()) {
      return java.util.Optional.of(
          s.name().substring(Identity.SERVICE_ACCOUNT_GROUP_PREFIX.length()));
    }
    return java.util.Optional.empty();
  }

  private static List<Held> heldBeyondNamespace(RbacModel model, Subject account) {
    List<Held> out = new ArrayList<>();
    for (Grant g : model.grantsOf(Identity.serviceAccount(account.namespace(), account.name()))) {
      Binding b = g.binding();
      if (!b.isClusterWide() && b.namespace().equals(account.namespace())) {
        continue;
      }
      for (Capability c : Capability.values()) {
        if (c.isEscalation()
            && c.grantedBy(g.rule().rule(), b)
            && c.completedBy(model.rulesOf(g.role()))) {
          out.add(new Held(c, g));
        }
      }
    }
    return out;
  }

  public boolean isPowerful(Subject account) {
    return powerful.containsKey(account);
  }

  /** Why an account is powerful; empty when it is not. */
  public List<Held> reasons(Subject account) {
    return powerful.getOrDefault(account, List.of());
  }

  /** Powerful accounts living in a namespace, sorted. */
  public List<Subject> powerfulAccountsIn(String namespace) {
    return byNamespace.getOrDefault(namespace, List.of());
  }

  /** Every powerful account, sorted. */
  public Set<Subject> powerfulAccounts() {
    return new TreeSet<>(powerful.keySet());
  }
}
