package dev.bulwark.checks.audit;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flags audit policies under which exec, attach or port-forward can happen below Request level. */
@CheckInfo(
    id = "audit-policy-exec-not-logged",
    summary = "Audit policy does not log exec, attach or port-forward at Request level",
    description =
        "Exec, attach and port-forward give a shell or a tunnel into a running container; they are"
            + " what an intruder with stolen credentials uses. A policy must record them at Request"
            + " level or above for every user. A rule at None (or a missing catch-all) hides them"
            + " completely, and Metadata is below what the policy should promise for them.",
    severity = Severity.MEDIUM,
    category = Category.AUDIT,
    kinds = {"Policy"},
    remediation =
        "Add an early rule logging pods/exec, pods/attach and pods/portforward (core group) at"
            + " Request, before rules that exempt users or drop requests.",
    frameworks = {"CIS:3.2.2", "MITRE:T1609"})
public final class AuditPolicyExecNotLogged implements Check {
  private static final List<ResourceRequest> INTERACTIVE =
      List.of(
          ResourceRequest.of("", "pods/exec"),
          ResourceRequest.of("", "pods/attach"),
          ResourceRequest.of("", "pods/portforward"));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!AuditPolicy.isPolicy(resource)) {
      return List.of();
    }
    AuditPolicy policy = AuditPolicy.of(resource);
    Map<AuditRule, List<String>> lowByRule = new LinkedHashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (ResourceRequest request : INTERACTIVE) {
      List<RuleReach.Step> path = RuleReach.path(policy, request);
      for (RuleReach.Step step : path) {
        if (step.rule().level().filter(l -> !l.atLeast(AuditLevel.REQUEST)).isPresent()) {
          String which = step.reach() == RuleReach.Reach.ALL ? "" : "some ";
          lowByRule
              .computeIfAbsent(step.rule(), r -> new ArrayList<>())
              .add(which + request.describe());
        }
      }
      if (RuleReach.leavesSomeUnmatched(path)) {
        unmatched.add(request.describe());
      }
    }
    List<Violation> violations = new ArrayList<>();
    lowByRule.forEach(
        (rule, requests) ->
            violations.add(
                Violation.at(
                    rule.levelPointer(),
                    "%s logs %s below Request",
                    rule.describe(),
                    String.join(", ", requests))));
    if (!unmatched.isEmpty()) {
      violations.add(
          Violation.at(
              JsonPointer.of("rules"),
              "no rule matches every %s request, so some are not logged at all",
              String.join(", ", unmatched)));
    }
    return violations;
  }
}
