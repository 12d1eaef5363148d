package dev.bulwark.checks.pss;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The verdict on one pod spec at one policy.
 *
 * @param policy the level and version evaluated, as requested
 * @param violations failed checks in upstream order; empty when allowed
 */
public record PssResult(PssPolicy policy, List<PssViolation> violations) {

  public PssResult {
    violations = List.copyOf(violations);
  }

  public boolean allowed() {
    return violations.isEmpty();
  }

  /**
   * Upstream's denial text without the {@code pods "name" is forbidden: } prefix, e.g. {@code
   * violates PodSecurity "restricted:latest": runAsNonRoot != true (...)}; empty when allowed.
   */
  public String message() {
    return allowed() ? "" : "violates PodSecurity \"" + policy + "\": " + forbiddenDetail();
  }

  /**
   * The text of upstream's warnings and audit annotations: {@code would violate PodSecurity
   * "restricted:latest": ...}; empty when allowed.
   */
  public String wouldViolateMessage() {
    return allowed() ? "" : "would violate PodSecurity \"" + policy + "\": " + forbiddenDetail();
  }

  /** Every failed check as {@code reason (detail)}, joined by {@code ", "} in upstream order. */
  public String forbiddenDetail() {
    return violations.stream().map(PssViolation::describe).collect(Collectors.joining(", "));
  }

  /**
   * The reasons alone, joined by {@code ", "}, as upstream's namespace dry-run warnings print them.
   */
  public String forbiddenReasons() {
    return violations.stream().map(PssViolation::reason).collect(Collectors.joining(", "));
  }
}
