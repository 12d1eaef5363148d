package dev.bulwark.analysis.rbac;

import dev.bulwark.api.Resource;
import java.util.List;
import java.util.Map;

/**
 * A Role or ClusterRole as written. Its effective rules (after aggregation) live in the {@link
 * RbacModel}. Equal when their references are.
 *
 * @param ref kind, namespace and name
 * @param labels {@code metadata.labels}, which aggregation selectors look at
 * @param rules the rules in the manifest
 * @param aggregation the ClusterRole's {@code aggregationRule}, or {@code null} when it has none
 * @param source the manifest, or {@code null} for a built-in role
 */
public record Role(
    RbacRef ref,
    Map<String, String> labels,
    List<SourcedRule> rules,
    List<LabelSelector> aggregation,
    Resource source) {

  public Role {
    labels = Map.copyOf(labels);
    rules = List.copyOf(rules);
    aggregation = aggregation == null ? null : List.copyOf(aggregation);
  }

  /** True when the aggregation controller owns this ClusterRole's rules. */
  public boolean isAggregated() {
    return aggregation != null;
  }

  /** True for the API server's default roles that Bulwark adds itself. */
  public boolean isBuiltIn() {
    return source == null;
  }

  /** Roles are unique by reference in a model; comparing the manifests would be slow. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Role r && r.ref.equals(ref);
  }

  @Override
  public int hashCode() {
    return ref.hashCode();
  }
}
