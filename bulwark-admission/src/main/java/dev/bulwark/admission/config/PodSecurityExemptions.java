package dev.bulwark.admission.config;

import java.util.Set;

/**
 * Who and what Pod Security admission never evaluates, as upstream's {@code
 * PodSecurityConfiguration.exemptions}: exact names, no patterns.
 *
 * @param usernames authenticated user names (request.userInfo.username)
 * @param runtimeClasses pod {@code spec.runtimeClassName} values
 * @param namespaces namespace names
 */
public record PodSecurityExemptions(
    Set<String> usernames, Set<String> runtimeClasses, Set<String> namespaces) {

  /** No exemptions. */
  public static final PodSecurityExemptions NONE =
      new PodSecurityExemptions(Set.of(), Set.of(), Set.of());

  public PodSecurityExemptions {
    usernames = Set.copyOf(usernames);
    runtimeClasses = Set.copyOf(runtimeClasses);
    namespaces = Set.copyOf(namespaces);
  }

  /** Upstream ignores an empty user name (anonymous requests are never exempt by name). */
  public boolean exemptUser(String username) {
    return username != null && !username.isEmpty() && usernames.contains(username);
  }

  public boolean exemptNamespace(String namespace) {
    return namespace != null && !namespace.isEmpty() && namespaces.contains(namespace);
  }

  public boolean exemptRuntimeClass(String runtimeClass) {
    return runtimeClass != null && !runtimeClass.isEmpty() && runtimeClasses.contains(runtimeClass);
  }
}
