package dev.bulwark.analysis.rbac;

/**
 * How a model is built from manifests.
 *
 * @param defaultNamespace where namespaced objects without {@code metadata.namespace} go, as {@code
 *     kubectl apply -n} would put them
 * @param defaults which parts of the API server's bootstrap policy to add
 */
public record RbacOptions(String defaultNamespace, Defaults defaults) {

  /** Which built-in RBAC objects join the manifests. */
  public enum Defaults {
    /** Only what the manifests hold. */
    NONE,
    /**
     * The built-in roles (cluster-admin, admin, edit, view, system:*), so that bindings to them
     * resolve, but none of the built-in bindings.
     */
    ROLES,
    /** Built-in roles and bindings: what a fresh cluster adds to the manifests. */
    ROLES_AND_BINDINGS
  }

  /** Manifests only, unqualified objects in {@code default}. */
  public static RbacOptions manifestsOnly() {
    return new RbacOptions("default", Defaults.NONE);
  }

  /** What scans use: built-in roles resolve, built-in bindings are not reported on. */
  public static RbacOptions forScan() {
    return new RbacOptions("default", Defaults.ROLES);
  }

  public RbacOptions withDefaults(Defaults d) {
    return new RbacOptions(defaultNamespace, d);
  }

  public RbacOptions withDefaultNamespace(String ns) {
    return new RbacOptions(ns, defaults);
  }
}
