package dev.bulwark.analysis.rbac;

/**
 * The RBAC authorizer's rule matching, to the letter: {@code *} or exact strings, {@code *}/sub for
 * subresources, no {@code pods/*} form, resourceNames against the request name, and a trailing
 * {@code *} as a plain string prefix for non-resource URLs. Not to be shared with the audit-policy
 * matcher, whose rules differ.
 */
public final class RuleMatcher {
  private RuleMatcher() {}

  /** True when the rule allows the request. */
  public static boolean allows(PolicyRule rule, Request request) {
    if (!verbMatches(rule, request.verb())) {
      return false;
    }
    if (!request.isResourceRequest()) {
      return nonResourceUrlMatches(rule, request.path());
    }
    return apiGroupMatches(rule, request.apiGroup())
        && resourceMatches(rule, request.combinedResource(), request.subresource())
        && resourceNameMatches(rule, request.name());
  }

  public static boolean verbMatches(PolicyRule rule, String verb) {
    return containsOrAll(rule.verbs(), verb);
  }

  public static boolean apiGroupMatches(PolicyRule rule, String group) {
    return containsOrAll(rule.apiGroups(), group);
  }

  /**
   * {@code *} matches every resource and subresource; otherwise the entry must equal {@code
   * resource[/subresource]}, or be {@code *}/{@code subresource} when the request has one.
   */
  public static boolean resourceMatches(PolicyRule rule, String combined, String subresource) {
    for (String entry : rule.resources()) {
      if (entry.equals(PolicyRule.ALL) || entry.equals(combined)) {
        return true;
      }
      if (!subresource.isEmpty()
          && entry.length() == subresource.length() + 2
          && entry.startsWith("*/")
          && entry.endsWith(subresource)) {
        return true;
      }
    }
    return false;
  }

  /** An empty list allows any name, even none; otherwise the request must name one of them. */
  public static boolean resourceNameMatches(PolicyRule rule, String name) {
    return rule.resourceNames().isEmpty() || rule.resourceNames().contains(name);
  }

  /** Exact, {@code *}, or a trailing-{@code *} entry whose stem is a string prefix of the path. */
  public static boolean nonResourceUrlMatches(PolicyRule rule, String path) {
    for (String entry : rule.nonResourceURLs()) {
      if (entry.equals(PolicyRule.ALL) || entry.equals(path)) {
        return true;
      }
      if (entry.endsWith("*") && path.startsWith(stripTrailingStars(entry))) {
        return true;
      }
    }
    return false;
  }

  private static String stripTrailingStars(String entry) {
    int end = entry.length();
    while (end > 0 && entry.charAt(end - 1) == '*') {
      end--;
    }
    return entry.substring(0, end);
  }

  private static boolean containsOrAll(java.util.List<String> values, String wanted) {
    for (String v : values) {
      if (v.equals(PolicyRule.ALL) || v.equals(wanted)) {
        return true;
      }
    }
    return false;
  }
}
