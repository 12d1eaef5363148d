package dev.bulwark.analysis.rbac;

/**
 * Why a subject holds a permission: which binding, which of its subjects, which role, which rule.
 *
 * @param binding the binding
 * @param subjectIndex position of the matching subject in the binding
 * @param role the role the binding refers to
 * @param rule the rule of that role (possibly aggregated from another role)
 */
public record Grant(Binding binding, int subjectIndex, RbacRef role, SourcedRule rule) {

  /** The matching subject, namespace defaulted from the binding. */
  public Subject subject() {
    return binding.effectiveSubject(subjectIndex);
  }

  /**
   * The authorizer's reason text, e.g. {@code RBAC: allowed by ClusterRoleBinding "x" of
   * ClusterRole "y" to Group "z"}.
   */
  public String reason() {
    return "RBAC: allowed by " + binding.ref() + " of " + role + " to " + subject();
  }

  /** The reason, plus the rule and, for an aggregated rule, the role it was gathered from. */
  public String explain() {
    String from = rule.origin().equals(role) ? "" : " (aggregated from " + rule.origin() + ")";
    return reason() + ": " + rule.rule().compact() + from;
  }
}
