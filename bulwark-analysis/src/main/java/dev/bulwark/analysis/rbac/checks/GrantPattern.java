package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Binding;
import dev.bulwark.analysis.rbac.Capability;
import dev.bulwark.analysis.rbac.PolicyRule;
import dev.bulwark.analysis.rbac.RuleTest;
import dev.bulwark.analysis.rbac.SourcedRule;
import java.util.List;

/** What a risky-grant check looks for in a rule held through a binding. */
@FunctionalInterface
interface GrantPattern {

  /**
   * What the rule lets the binding's subjects do ("read secrets"), or {@code null} when it is not
   * the risk this check is about.
   *
   * @param rule the rule
   * @param binding the binding through which it is held
   * @param roleRules every rule of the bound role, for capabilities that need two permissions
   */
  String match(PolicyRule rule, Binding binding, List<SourcedRule> roleRules);

  /** Any of the capabilities, with their own reach rules. */
  static GrantPattern of(Capability... capabilities) {
    return (rule, binding, roleRules) -> {
      for (Capability c : capabilities) {
        if (c.grantedBy(rule, binding) && c.completedBy(roleRules)) {
          return c.description();
        }
      }
      return null;
    };
  }

  /** A test on the rule alone, effective through any binding. */
  static GrantPattern rule(String what, RuleTest test) {
    return (rule, binding, roleRules) -> test.matches(rule) ? what : null;
  }
}
