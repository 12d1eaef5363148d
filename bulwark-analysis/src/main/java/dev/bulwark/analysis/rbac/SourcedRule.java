package dev.bulwark.analysis.rbac;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;

/**
 * A rule together with where it is written (equal when role, position and rule are): the role that
 * declares it (for an aggregated ClusterRole, the labelled role it was gathered from) and its
 * pointer there.
 *
 * @param rule the rule
 * @param origin the role whose manifest holds the rule
 * @param pointer {@code /rules/<i>} in that role
 * @param source the origin's manifest, or {@code null} for a built-in role
 */
public record SourcedRule(PolicyRule rule, RbacRef origin, JsonPointer pointer, Resource source) {

  /** True when the rule comes from the manifests rather than the built-in policy. */
  public boolean inManifests() {
    return source != null;
  }

  /** A rule is identified by its role and position; comparing manifests would be slow. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SourcedRule r
        && r.origin.equals(origin)
        && r.pointer.equals(pointer)
        && r.rule.equals(rule);
  }

  @Override
  public int hashCode() {
    return origin.hashCode() * 31 + pointer.hashCode();
  }
}
