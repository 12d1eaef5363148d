package dev.bulwark.api;

import java.util.Comparator;
import java.util.Objects;

/**
 * Identifies a Kubernetes object.
 *
 * @param apiVersion e.g. {@code apps/v1}
 * @param kind e.g. {@code Deployment}
 * @param namespace the namespace, or {@code null} for cluster-scoped objects and manifests that
 *     leave it out
 * @param name {@code metadata.name}
 */
public record ObjectRef(String apiVersion, String kind, String namespace, String name)
    implements Comparable<ObjectRef> {

  private static final Comparator<ObjectRef> ORDER =
      Comparator.comparing((ObjectRef r) -> Objects.toString(r.namespace, ""))
          .thenComparing(ObjectRef::kind)
          .thenComparing(ObjectRef::name)
          .thenComparing(ObjectRef::apiVersion);

  /** The API group, empty for the core group. */
  public String group() {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  @Override
  public int compareTo(ObjectRef o) {
    return ORDER.compare(this, o);
  }

  /** {@code Kind namespace/name}, or {@code Kind name} when cluster-scoped. */
  @Override
  public String toString() {
    return kind + " " + (namespace == null ? name : namespace + "/" + name);
  }
}
