package dev.bulwark.analysis.rbac;

import java.util.Comparator;
import java.util.Objects;

/**
 * A node of the escalation graph: an identity (User, Group, ServiceAccount), a stepping stone ("any
 * ServiceAccount of namespace X", "the accounts of pods running in X"), or the goal, full control
 * of the cluster.
 *
 * @param kind one of the constants below, or a {@link Subject} kind
 * @param namespace the namespace, or {@code null}
 * @param name the name, or {@code null}
 */
public record EscalationNode(String kind, String namespace, String name)
    implements Comparable<EscalationNode> {
  /** Full control of the cluster. */
  public static final String CLUSTER_ADMIN = "ClusterAdmin";

  /** Any ServiceAccount of one namespace. */
  public static final String NAMESPACE_ACCOUNTS = "NamespaceAccounts";

  /** Any ServiceAccount of any namespace. */
  public static final String ALL_ACCOUNTS = "AllAccounts";

  /** The accounts of pods running in one namespace. */
  public static final String NAMESPACE_PODS = "NamespacePods";

  /** The accounts of pods running anywhere. */
  public static final String ALL_PODS = "AllPods";

  public static final EscalationNode ADMIN = new EscalationNode(CLUSTER_ADMIN, null, null);
  public static final EscalationNode ANY_ACCOUNT = new EscalationNode(ALL_ACCOUNTS, null, null);
  public static final EscalationNode ANY_POD = new EscalationNode(ALL_PODS, null, null);

  private static final Comparator<EscalationNode> ORDER =
      Comparator.comparing(EscalationNode::kind)
          .thenComparing(n -> Objects.toString(n.namespace, ""))
          .thenComparing(n -> Objects.toString(n.name, ""));

  public static EscalationNode of(Subject s) {
    return new EscalationNode(s.kind(), s.namespace(), s.name());
  }

  public static EscalationNode accountsOf(String namespace) {
    return new EscalationNode(NAMESPACE_ACCOUNTS, namespace, null);
  }

  public static EscalationNode podsOf(String namespace) {
    return new EscalationNode(NAMESPACE_PODS, namespace, null);
  }

  /** True for Users, Groups and ServiceAccounts. */
  public boolean isIdentity() {
    return kind.equals(Subject.USER)
        || kind.equals(Subject.GROUP)
        || kind.equals(Subject.SERVICE_ACCOUNT);
  }

  /** The identity as a binding subject; only for {@link #isIdentity()} nodes. */
  public Subject subject() {
    return new Subject(kind, name, namespace);
  }

  @Override
  public int compareTo(EscalationNode o) {
    return ORDER.compare(this, o);
  }

  /** {@code user:alice}, {@code sa:ns:name}, {@code cluster-admin}, … */
  @Override
  public String toString() {
    return switch (kind) {
      case CLUSTER_ADMIN -> "cluster-admin";
      case NAMESPACE_ACCOUNTS -> "any ServiceAccount in " + namespace;
      case ALL_ACCOUNTS -> "any ServiceAccount";
      case NAMESPACE_PODS -> "pods running in " + namespace;
      case ALL_PODS -> "pods running anywhere";
      default -> subject().label();
    };
  }
}
