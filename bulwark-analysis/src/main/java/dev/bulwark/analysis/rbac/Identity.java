package dev.bulwark.analysis.rbac;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who makes a request once authentication is done: a user name and its groups, with the groups the
 * API server adds implicitly ({@code system:authenticated}, the two ServiceAccount groups, {@code
 * system:unauthenticated} for anonymous requests).
 *
 * @param name the user name, or {@code null} for "some member of these groups"
 * @param groups every group, implicit ones included
 */
public record Identity(String name, Set<String> groups) {
  public static final String MASTERS = "system:masters";
  public static final String AUTHENTICATED = "system:authenticated";
  public static final String UNAUTHENTICATED = "system:unauthenticated";
  public static final String ANONYMOUS = "system:anonymous";
  public static final String ALL_SERVICE_ACCOUNTS = "system:serviceaccounts";
  public static final String SERVICE_ACCOUNT_PREFIX = "system:serviceaccount:";
  public static final String SERVICE_ACCOUNT_GROUP_PREFIX = "system:serviceaccounts:";

  public Identity {
    groups = Set.copyOf(groups);
  }

  /**
   * A user with the given groups, plus {@code system:authenticated} as the API server adds it: to
   * everyone but {@code system:anonymous}, and not when the authenticator already said
   * authenticated or unauthenticated. Anonymous gets {@code system:unauthenticated}.
   */
  public static Identity user(String name, Collection<String> groups) {
    Set<String> all = new TreeSet<>(groups);
    if (ANONYMOUS.equals(name)) {
      all.add(UNAUTHENTICATED);
    } else if (!all.contains(UNAUTHENTICATED)) {
      all.add(AUTHENTICATED);
    }
    return new Identity(name, all);
  }

  /** A ServiceAccount's token: its user name and the three groups it always carries. */
  public static Identity serviceAccount(String namespace, String name) {
    return new Identity(
        SERVICE_ACCOUNT_PREFIX + namespace + ":" + name,
        Set.of(ALL_SERVICE_ACCOUNTS, SERVICE_ACCOUNT_GROUP_PREFIX + namespace, AUTHENTICATED));
  }

  /** An unnamed member of a group (authenticated unless the group is the anonymous one). */
  public static Identity memberOf(String group) {
    Set<String> all = new TreeSet<>(Set.of(group));
    if (!group.equals(UNAUTHENTICATED)) {
      all.add(AUTHENTICATED);
    }
    return new Identity(null, all);
  }

  /** The identity a binding subject stands for. */
  public static Identity of(Subject subject) {
    return switch (subject.kind()) {
      case Subject.USER -> user(subject.name(), Set.of());
      case Subject.GROUP -> memberOf(subject.name());
      case Subject.SERVICE_ACCOUNT -> serviceAccount(subject.namespace(), subject.name());
      default -> new Identity(null, Set.of());
    };
  }

  /** Members of {@code system:masters} pass every authorization check, outside RBAC. */
  public boolean isPrivileged() {
    return groups.contains(MASTERS);
  }

  /**
   * The authorizer's subject test: users by exact name, groups by membership, ServiceAccounts by
   * the user name they authenticate as (namespace defaulting to the binding's).
   */
  public boolean matches(Subject subject, String bindingNamespace) {
    return switch (subject.kind()) {
      case Subject.USER -> name != null && name.equals(subject.name());
      case Subject.GROUP -> groups.contains(subject.name());
      case Subject.SERVICE_ACCOUNT -> {
        String userName = subject.inBindingNamespace(bindingNamespace).serviceAccountUserName();
        yield userName != null && userName.equals(name);
      }
      default -> false;
    };
  }

  @Override
  public String toString() {
    return (name == null ? "a member of" : name) + " " + new TreeSet<>(groups);
  }
}
