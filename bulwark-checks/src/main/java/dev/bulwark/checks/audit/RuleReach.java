package dev.bulwark.checks.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a class of requests a rule catches, with the API server's matching ({@code
 * policy/checker.go}): {@code resources} entries match the group exactly, then {@code *}, the exact
 * {@code resource} or {@code resource/subresource}, {@code *}{@code /subresource}, or {@code
 * resource/*} (which also matches the resource itself); unlike RBAC, {@code pods} does not match
 * {@code pods/log}.
 */
public final class RuleReach {
  /** How much of the requests a rule catches. */
  public enum Reach {
    NONE,
    /** Some of them: the rule also asks for users, verbs, namespaces or object names. */
    SOME,
    ALL
  }

  /**
   * What a rule gives some of the requests.
   *
   * @param rule the rule
   * @param reach how many of the requests reach it (before earlier rules take their share)
   */
  public record Step(AuditRule rule, Reach reach) {}

  private RuleReach() {}

  /** How much of every request to this resource the rule catches, ignoring earlier rules. */
  public static Reach of(AuditRule rule, ResourceRequest request) {
    if (rule.nonResourceOnly()) {
      return Reach.NONE;
    }
    boolean narrowed =
        !rule.users().isEmpty()
            || !rule.userGroups().isEmpty()
            || !rule.verbs().isEmpty()
            || !rule.namespaces().isEmpty();
    if (rule.resources().isEmpty()) {
      return narrowed ? Reach.SOME : Reach.ALL;
    }
    Reach best = Reach.NONE;
    for (AuditRule.GroupResources gr : rule.resources()) {
      if (!gr.group().equals(request.group())) {
        continue;
      }
      if (gr.resources().isEmpty()) {
        return narrowed ? Reach.SOME : Reach.ALL; // resourceNames are not consulted then
      }
      if (gr.resources().stream().anyMatch(pattern -> matches(pattern, request))) {
        Reach reach = narrowed || !gr.resourceNames().isEmpty() ? Reach.SOME : Reach.ALL;
        if (reach == Reach.ALL) {
          return reach;
        }
        best = Reach.SOME;
      }
    }
    return best;
  }

  /**
   * The rules that decide the level of these requests, in order: every rule that catches some of
   * them, up to the first that catches all. When none catches all, some requests match no rule and
   * are not logged.
   */
  public static List<Step> path(AuditPolicy policy, ResourceRequest request) {
    List<Step> steps = new ArrayList<>();
    for (AuditRule rule : policy.rules()) {
      Reach reach = of(rule, request);
      if (reach != Reach.NONE) {
        steps.add(new Step(rule, reach));
        if (reach == Reach.ALL) {
          break;
        }
      }
    }
    return steps;
  }

  /** True when some of these requests match no rule (the path ends without a rule catching all). */
  public static boolean leavesSomeUnmatched(List<Step> path) {
    return path.isEmpty() || path.get(path.size() - 1).reach() != Reach.ALL;
  }

  static boolean matches(String pattern, ResourceRequest request) {
    if (pattern.equals("*") || pattern.equals(request.combined())) {
      return true;
    }
    if (pattern.startsWith("*/")) {
      return !request.subresource().isEmpty() && request.subresource().equals(pattern.substring(2));
    }
    return pattern.endsWith("/*")
        && request.resource().equals(pattern.substring(0, pattern.length() - 2));
  }
}
