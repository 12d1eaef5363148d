package dev.bulwark.checks.audit;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags rules that log the bodies of requests or responses that carry secret values: Secrets and
 * ConfigMaps (both bodies), TokenReviews (the request holds the token under review) and {@code
 * serviceaccounts/token} (the response holds the new token).
 */
@CheckInfo(
    id = "audit-policy-logs-secrets",
    summary = "Audit policy writes secret values into the audit log",
    description =
        "At Request level an audit event carries the request body, at RequestResponse the response"
            + " body too. For Secrets and ConfigMaps that is their data, for TokenReviews the"
            + " bearer token under review, for serviceaccounts/token the token just issued. Whoever"
            + " reads the audit log, or the system it is shipped to, then reads the secrets. Rules"
            + " are tried in order, so a Metadata rule for these resources must come before broader"
            + " rules.",
    severity = Severity.HIGH,
    category = Category.AUDIT,
    kinds = {"Policy"},
    remediation =
        "Add a rule logging secrets, configmaps, serviceaccounts/token (core group) and"
            + " tokenreviews (authentication.k8s.io) at Metadata before any Request or"
            + " RequestResponse rule that would catch them.",
    frameworks = {"CIS:3.2.2"})
public final class AuditPolicyLogsSecrets implements Check {
  /** Each sensitive resource and the lowest level that records its secret material. */
  private static final Map<ResourceRequest, AuditLevel> SENSITIVE = new LinkedHashMap<>();

  static {
    SENSITIVE.put(ResourceRequest.of("", "secrets"), AuditLevel.REQUEST);
    SENSITIVE.put(ResourceRequest.of("", "configmaps"), AuditLevel.REQUEST);
    SENSITIVE.put(ResourceRequest.of("authentication.k8s.io", "tokenreviews"), AuditLevel.REQUEST);
    SENSITIVE.put(ResourceRequest.of("", "serviceaccounts/token"), AuditLevel.REQUEST_RESPONSE);
  }

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!AuditPolicy.isPolicy(resource)) {
      return List.of();
    }
    AuditPolicy policy = AuditPolicy.of(resource);
    Map<AuditRule, List<String>> leaksByRule = new LinkedHashMap<>();
    SENSITIVE.forEach(
        (request, leakingLevel) -> {
          for (RuleReach.Step step : RuleReach.path(policy, request)) {
            if (step.rule().level().filter(l -> l.atLeast(leakingLevel)).isPresent()) {
              leaksByRule
                  .computeIfAbsent(step.rule(), r -> new ArrayList<>())
                  .add(request.describe());
            }
          }
        });
    List<Violation> violations = new ArrayList<>();
    leaksByRule.forEach(
        (rule, leaked) ->
            violations.add(
                Violation.at(
                    rule.levelPointer(),
                    "%s logs %s with bodies, which hold secret values",
                    rule.describe(),
                    String.join(", ", leaked))));
    return violations;
  }
}
