package dev.bulwark.analysis.rbac;

import java.util.List;

/**
 * A permission pattern tested against one rule with the authorizer's own matching: does the rule
 * grant one of these verbs on this resource in one of these groups?
 *
 * @param verbs verbs to try, e.g. {@code get, list, watch}
 * @param groups API groups to try
 * @param resource {@code resource[/subresource]}
 * @param anyName true when a rule restricted to some names still counts (update of one named
 *     Deployment still runs code); false when only an unrestricted rule does (create carries no
 *     name, so a name-restricted rule never grants it)
 */
public record Probe(List<String> verbs, List<String> groups, String resource, boolean anyName)
    implements RuleTest {
  public Probe {
    verbs = List.copyOf(verbs);
    groups = List.copyOf(groups);
  }

  /** Core-group probe. */
  public static Probe core(String resource, boolean anyName, String... verbs) {
    return new Probe(List.of(verbs), List.of(""), resource, anyName);
  }

  /** Probe in one named group. */
  public static Probe in(String group, String resource, boolean anyName, String... verbs) {
    return new Probe(List.of(verbs), List.of(group), resource, anyName);
  }

  /** True when the rule grants the pattern. */
  @Override
  public boolean matches(PolicyRule rule) {
    if (rule.isNonResourceRule() && rule.resources().isEmpty()) {
      return false;
    }
    if (!anyName && !rule.resourceNames().isEmpty()) {
      return false;
    }
    int slash = resource.indexOf('/');
    String sub = slash < 0 ? "" : resource.substring(slash + 1);
    if (!RuleMatcher.resourceMatches(rule, resource, sub)) {
      return false;
    }
    boolean group = false;
    for (String g : groups) {
      group |= RuleMatcher.apiGroupMatches(rule, g);
    }
    if (!group) {
      return false;
    }
    for (String v : verbs) {
      if (RuleMatcher.verbMatches(rule, v)) {
        return true;
      }
    }
    return false;
  }
}
