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

/** Flags policies that log the RequestReceived stage. */
@CheckInfo(
    id = "audit-policy-request-received",
    summary = "Audit policy logs the RequestReceived stage, doubling the volume",
    description =
        "Every request logged at RequestReceived is logged again when the response completes, with"
            + " more detail. The extra events double the log's volume and cost, which pushes"
            + " operators to log less of what matters.",
    severity = Severity.LOW,
    category = Category.AUDIT,
    kinds = {"Policy"},
    remediation = "Add 'omitStages: [RequestReceived]' at the top of the policy.",
    frameworks = {"CIS:3.2.2"})
public final class AuditPolicyRequestReceived implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!AuditPolicy.isPolicy(resource)) {
      return List.of();
    }
    AuditPolicy policy = AuditPolicy.of(resource);
    List<AuditRule> logging =
        policy.rules().stream()
            .filter(r -> r.level().filter(l -> l != AuditLevel.NONE).isPresent())
            .filter(r -> !policy.omittedStages(r).contains(AuditPolicy.REQUEST_RECEIVED))
            .toList();
    if (logging.isEmpty()) {
      return List.of();
    }
    JsonPointer where =
        resource.sourceMap().has(JsonPointer.of("omitStages"))
            ? JsonPointer.of("omitStages")
            : logging.get(0).pointer();
    return List.of(
        Violation.at(
            where,
            "%d of %d rules log the RequestReceived stage (first: %s)",
            logging.size(),
            policy.rules().size(),
            logging.get(0).describe()));
  }
}
