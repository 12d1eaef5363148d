package dev.bulwark.checks.audit;

/**
 * Every request to one resource (or subresource) by anyone, with any verb, in any namespace: the
 * question "at which level is {@code pods/exec} logged?".
 *
 * @param group the API group, {@code ""} for the core group
 * @param resource e.g. {@code pods}
 * @param subresource e.g. {@code exec}, or {@code ""}
 */
public record ResourceRequest(String group, String resource, String subresource) {

  /** Parses {@code pods/exec} or {@code secrets} in a group. */
  public static ResourceRequest of(String group, String resourcePath) {
    int slash = resourcePath.indexOf('/');
    return slash < 0
        ? new ResourceRequest(group, resourcePath, "")
        : new ResourceRequest(
            group, resourcePath.substring(0, slash), resourcePath.substring(slash + 1));
  }

  /** {@code pods/exec}, or {@code tokenreviews.authentication.k8s.io} outside the core group. */
  public String describe() {
    String path = subresource.isEmpty() ? resource : resource + "/" + subresource;
    return group.isEmpty() ? path : path + "." + group;
  }

  String combined() {
    return subresource.isEmpty() ? resource : resource + "/" + subresource;
  }
}
