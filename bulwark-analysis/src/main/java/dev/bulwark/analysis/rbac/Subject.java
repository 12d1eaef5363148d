package dev.bulwark.analysis.rbac;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A subject of a binding: a User, a Group or a ServiceAccount.
 *
 * @param kind {@code User}, {@code Group} or {@code ServiceAccount} (anything else never matches)
 * @param name the user, group or service account name
 * @param namespace the ServiceAccount's namespace; {@code null} for users and groups, and for a
 *     ServiceAccount written without one (a RoleBinding then supplies its own namespace)
 */
public record Subject(String kind, String name, String namespace) implements Comparable<Subject> {
  public static final String USER = "User";
  public static final String GROUP = "Group";
  public static final String SERVICE_ACCOUNT = "ServiceAccount";

  private static final List<String> KIND_ORDER = List.of(USER, GROUP, SERVICE_ACCOUNT);

  private static final Comparator<Subject> ORDER =
      Comparator.comparingInt((Subject s) -> kindRank(s.kind))
          .thenComparing(Subject::kind)
          .thenComparing(s -> Objects.toString(s.namespace, ""))
          .thenComparing(Subject::name);

  public static Subject user(String name) {
    return new Subject(USER, name, null);
  }

  public static Subject group(String name) {
    return new Subject(GROUP, name, null);
  }

  public static Subject serviceAccount(String namespace, String name) {
    return new Subject(SERVICE_ACCOUNT, name, namespace);
  }

  public boolean isServiceAccount() {
    return SERVICE_ACCOUNT.equals(kind);
  }

  /**
   * This subject as seen from a binding: a ServiceAccount without a namespace takes the binding's
   * namespace (the authorizer does the same when it matches).
   */
  public Subject inBindingNamespace(String bindingNamespace) {
    if (isServiceAccount() && (namespace == null || namespace.isEmpty())) {
      return new Subject(kind, name, bindingNamespace);
    }
    return this;
  }

  /** The user name a ServiceAccount authenticates as, or {@code null} for other kinds. */
  public String serviceAccountUserName() {
    if (!isServiceAccount() || namespace == null || namespace.isEmpty()) {
      return null;
    }
    return Identity.SERVICE_ACCOUNT_PREFIX + namespace + ":" + name;
  }

  /** For messages: {@code User alice}, {@code Group devs}, {@code ServiceAccount ns/name}. */
  public String display() {
    return kind + " " + (isServiceAccount() ? Objects.toString(namespace, "?") + "/" + name : name);
  }

  /** {@code user:alice}, {@code group:devs}, {@code sa:ns:name}: the CLI's subject syntax. */
  public String label() {
    return switch (kind) {
      case USER -> "user:" + name;
      case GROUP -> "group:" + name;
      case SERVICE_ACCOUNT -> "sa:" + Objects.toString(namespace, "") + ":" + name;
      default -> kind + ":" + name;
    };
  }

  @Override
  public int compareTo(Subject o) {
    return ORDER.compare(this, o);
  }

  /** As the authorizer prints it: {@code Group "devs"}, {@code ServiceAccount "name/ns"}. */
  @Override
  public String toString() {
    return kind
        + " \""
        + (isServiceAccount() ? name + "/" + Objects.toString(namespace, "") : name)
        + "\"";
  }

  private static int kindRank(String kind) {
    int i = KIND_ORDER.indexOf(kind);
    return i < 0 ? KIND_ORDER.size() : i;
  }
}
