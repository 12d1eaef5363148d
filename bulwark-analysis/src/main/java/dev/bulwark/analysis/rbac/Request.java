package dev.bulwark.analysis.rbac;

import java.util.Objects;

/**
 * The attributes the RBAC authorizer looks at, for a resource request or a non-resource request.
 *
 * @param verb e.g. {@code get}, {@code create}, {@code impersonate}
 * @param apiGroup {@code ""} for the core group; empty for non-resource requests
 * @param resource e.g. {@code pods}; empty for non-resource requests
 * @param subresource e.g. {@code exec}, or empty
 * @param name the object name, or empty (create, unfiltered list/watch)
 * @param namespace the request namespace, empty for cluster-scoped and all-namespace requests
 * @param path the URL path of a non-resource request, or {@code null} for a resource request
 */
public record Request(
    String verb,
    String apiGroup,
    String resource,
    String subresource,
    String name,
    String namespace,
    String path) {

  public Request {
    Objects.requireNonNull(verb, "verb");
    apiGroup = Objects.requireNonNullElse(apiGroup, "");
    resource = Objects.requireNonNullElse(resource, "");
    subresource = Objects.requireNonNullElse(subresource, "");
    name = Objects.requireNonNullElse(name, "");
    namespace = Objects.requireNonNullElse(namespace, "");
  }

  /** A resource request; {@code resource} may carry the subresource as {@code pods/exec}. */
  public static Request resource(
      String verb, String apiGroup, String resource, String namespace, String name) {
    String sub = "";
    String res = resource;
    int slash = resource.indexOf('/');
    if (slash >= 0) {
      res = resource.substring(0, slash);
      sub = resource.substring(slash + 1);
    }
    return new Request(verb, apiGroup, res, sub, name, namespace, null);
  }

  /** A non-resource request such as {@code get /metrics}. */
  public static Request nonResource(String verb, String path) {
    return new Request(verb, "", "", "", "", "", path);
  }

  public boolean isResourceRequest() {
    return path == null;
  }

  /** {@code resource/subresource}, or just the resource: what rules are matched against. */
  public String combinedResource() {
    return subresource.isEmpty() ? resource : resource + "/" + subresource;
  }

  /** This request in another namespace. */
  public Request inNamespace(String ns) {
    return new Request(verb, apiGroup, resource, subresource, name, ns, path);
  }

  @Override
  public String toString() {
    if (!isResourceRequest()) {
      return verb + " " + path;
    }
    StringBuilder sb = new StringBuilder(verb).append(' ').append(combinedResource());
    if (!apiGroup.isEmpty()) {
      sb.append('.').append(apiGroup);
    }
    if (!name.isEmpty()) {
      sb.append(" named ").append(name);
    }
    sb.append(namespace.isEmpty() ? " cluster-wide" : " in namespace " + namespace);
    return sb.toString();
  }
}
