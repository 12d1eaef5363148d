package dev.bulwark.analysis.rbac;

/** A yes/no question about one rule. */
@FunctionalInterface
public interface RuleTest {
  boolean matches(PolicyRule rule);
}
