package dev.bulwark.analysis.rbac;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the clusterrole-aggregation controller would write: each ClusterRole with an aggregationRule
 * gets the rules of every other ClusterRole matched by any of its selectors, in name order, exact
 * duplicates dropped. Repeated until nothing changes, because aggregated roles feed each other
 * (view into edit into admin).
 */
final class Aggregation {
  private Aggregation() {}

  /** Effective rules of every role, keyed by its reference. */
  static Map<RbacRef, List<SourcedRule>> effectiveRules(Collection<Role> roles) {
    Map<RbacRef, List<SourcedRule>> rules = new HashMap<>();
    List<Role> clusterRoles = new ArrayList<>();
    List<Role> aggregating = new ArrayList<>();
    for (Role role : roles) {
      // The controller overwrites whatever rules an aggregated role's manifest carries.
      rules.put(role.ref(), role.isAggregated() ? List.of() : role.rules());
      if (role.ref().kind().equals(RbacRef.CLUSTER_ROLE)) {
        clusterRoles.add(role);
        if (role.isAggregated()) {
          aggregating.add(role);
        }
      }
    }
    if (aggregating.isEmpty()) {
      return rules;
    }
    clusterRoles.sort(Comparator.comparing(r -> r.ref().name()));
    Map<RbacRef, List<RbacRef>> sources = new HashMap<>();
    for (Role target : aggregating) {
      sources.put(target.ref(), selected(target, clusterRoles));
    }
    // Rule sets only grow, so this converges within one pass per link of the longest chain.
    for (int pass = 0; pass <= aggregating.size(); pass++) {
      boolean changed = false;
      for (Role target : aggregating) {
        List<SourcedRule> next = gather(sources.get(target.ref()), rules);
        if (!sameRules(next, rules.get(target.ref()))) {
          rules.put(target.ref(), next);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return rules;
  }

  private static List<RbacRef> selected(Role target, List<Role> clusterRoles) {
    List<RbacRef> out = new ArrayList<>();
    for (Role candidate : clusterRoles) {
      if (candidate.ref().equals(target.ref())) {
        continue;
      }
      for (LabelSelector selector : target.aggregation()) {
        if (selector.matches(candidate.labels())) {
          out.add(candidate.ref());
          break;
        }
      }
    }
    return out;
  }

  private static List<SourcedRule> gather(
      List<RbacRef> sources, Map<RbacRef, List<SourcedRule>> rules) {
    Map<PolicyRule, SourcedRule> unique = new LinkedHashMap<>();
    for (RbacRef source : sources) {
      for (SourcedRule rule : rules.get(source)) {
        unique.putIfAbsent(rule.rule(), rule);
      }
    }
    return List.copyOf(unique.values());
  }

  private static boolean sameRules(List<SourcedRule> a, List<SourcedRule> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).rule().equals(b.get(i).rule())) {
        return false;
      }
    }
    return true;
  }
}
