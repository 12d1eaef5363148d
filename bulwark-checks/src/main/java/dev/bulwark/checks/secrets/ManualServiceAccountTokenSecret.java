package dev.bulwark.checks.secrets;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/**
 * Flags Secrets of type {@code kubernetes.io/service-account-token}: the token controller fills
 * them with a ServiceAccount token that never expires. Since Kubernetes 1.24 no such Secret is
 * created automatically, so one in a manifest was asked for by hand (and in a cluster scan one is a
 * left-over from an older version, just as long-lived).
 */
@CheckInfo(
    id = "manual-service-account-token-secret",
    summary = "Long-lived ServiceAccount token Secret",
    description =
        "A token Secret holds a ServiceAccount token without expiry, valid until the Secret is"
            + " deleted. Anyone who reads it once (a backup, a log, a person who left) keeps the"
            + " ServiceAccount's permissions indefinitely, and nothing ties its use to a pod."
            + " Projected tokens from the TokenRequest API expire within hours and are bound to"
            + " the pod that asked for them.",
    severity = Severity.MEDIUM,
    category = Category.SERVICE_ACCOUNTS,
    kinds = {"Secret"},
    remediation =
        "Delete the Secret and use projected serviceAccountToken volumes in pods, or kubectl"
            + " create token (TokenRequest) with a short --duration for tools outside the cluster.",
    frameworks = {"MITRE:T1528", "NSA:authentication-authorization"})
public final class ManualServiceAccountTokenSecret implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!ServiceAccountTokens.isTokenSecret(resource)) {
      return List.of();
    }
    String account = resource.annotations().get("kubernetes.io/service-account.name");
    return List.of(
        account == null
            ? Violation.at(
                ServiceAccountTokens.TYPE_FIELD,
                "Secret asks for a non-expiring ServiceAccount token (and names no account in"
                    + " kubernetes.io/service-account.name)")
            : Violation.at(
                ServiceAccountTokens.TYPE_FIELD,
                "Secret holds a non-expiring token for ServiceAccount %s",
                account));
  }
}
