package dev.bulwark.checks.audit;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;

/** Flags rules an earlier rule always wins against. */
@CheckInfo(
    id = "audit-policy-dead-rule",
    summary = "Audit policy rule can never apply because an earlier rule catches its requests",
    description =
        "The first rule that matches a request decides its level. A rule whose requests an earlier"
            + " rule already matches never applies: the level it was written for is not the level"
            + " the requests get. A common case is a Metadata rule for secrets placed after a broad"
            + " RequestResponse rule, or any rule after the catch-all.",
    severity = Severity.LOW,
    category = Category.AUDIT,
    kinds = {"Policy"},
    remediation = "Move the rule above the broader one, or delete it.",
    frameworks = {"CIS:3.2.2"})
public final class AuditPolicyDeadRule implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!AuditPolicy.isPolicy(resource)) {
      return List.of();
    }
    AuditPolicy policy = AuditPolicy.of(resource);
    List<Violation> violations = new ArrayList<>();
    for (AuditRule rule : policy.rules()) {
      RuleShadowing.shadowOf(policy, rule)
          .ifPresent(
              earlier ->
                  violations.add(
                      Violation.at(
                          rule.pointer(),
                          "%s never applies: %s (line %d) matches every request it would",
                          rule.describe(),
                          earlier.describe(),
                          resource.locate(earlier.pointer()).line())));
    }
    return violations;
  }
}
