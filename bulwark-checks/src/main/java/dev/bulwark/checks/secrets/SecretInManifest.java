package dev.bulwark.checks.secrets;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reports Secrets whose {@code data} or {@code stringData} carries values in the manifest. Info
 * only: a scan of a live cluster sees every Secret this way, and a manifest may be a deliberate
 * template; the point is to make committed Secrets visible. Keys with empty values (templates to be
 * filled in) and service account token Secrets (see {@code manual-service-account-token-secret})
 * are skipped.
 */
@CheckInfo(
    id = "secret-in-manifest",
    summary = "Secret values are written in the manifest",
    description =
        "Secret data in a manifest is only base64-encoded, not encrypted: whoever can read the"
            + " repository, its forks, CI logs or artifact stores can read the credential, and git"
            + " keeps it in history after it is removed. Secrets belong in a secret store, or in"
            + " git only in encrypted form (Sealed Secrets, SOPS), with an operator creating the"
            + " Secret object in the cluster.",
    severity = Severity.INFO,
    category = Category.SECRETS,
    kinds = {"Secret"},
    remediation =
        "Remove the values from the manifest and create the Secret from a secret store (External"
            + " Secrets Operator, CSI secret store driver) or commit it encrypted (Sealed Secrets,"
            + " SOPS); rotate credentials that were committed.",
    frameworks = {"CIS:5.4.2", "MITRE:T1552", "NSA:secrets"})
public final class SecretInManifest implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (ServiceAccountTokens.isTokenSecret(resource)) {
      return List.of();
    }
    TreeSet<String> keys = new TreeSet<>();
    JsonPointer first = null;
    for (String field : List.of("data", "stringData")) {
      for (Map.Entry<String, String> e :
          Resource.stringMap(resource.object().path(field)).entrySet()) {
        if (!e.getValue().isEmpty()) {
          keys.add(e.getKey());
          first = first == null ? JsonPointer.of(field) : first;
        }
      }
    }
    if (first == null) {
      return List.of();
    }
    return List.of(
        Violation.at(
            first,
            "Secret has values for %d key%s in the manifest: %s",
            keys.size(),
            keys.size() == 1 ? "" : "s",
            String.join(", ", keys)));
  }
}
