package dev.bulwark.checks.audit;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Flags audit policies without a final rule that matches every request. */
@CheckInfo(
    id = "audit-policy-no-catch-all",
    summary = "Audit policy has no catch-all rule, so unmatched requests are not logged",
    description =
        "A request that matches no rule of the policy is not audited at all. Without a last rule"
            + " that matches everything (a rule with only a level), every resource the rules do not"
            + " name, custom resources included, leaves no trace.",
    severity = Severity.MEDIUM,
    category = Category.AUDIT,
    kinds = {"Policy"},
    remediation = "End the rules with a catch-all such as '- level: Metadata'.",
    frameworks = {"CIS:3.2.2"})
public final class AuditPolicyNoCatchAll implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!AuditPolicy.isPolicy(resource)) {
      return List.of();
    }
    AuditPolicy policy = AuditPolicy.of(resource);
    if (policy.rules().isEmpty()) {
      return List.of(
          Violation.at(JsonPointer.ROOT, "the policy has no rules, so nothing is logged"));
    }
    if (policy.rules().stream().anyMatch(AuditRule::matchesEverything)) {
      return List.of();
    }
    return List.of(
        Violation.at(
            JsonPointer.of("rules"),
            "no rule matches every request; requests the %d rules do not name are not logged",
            policy.rules().size()));
  }
}
