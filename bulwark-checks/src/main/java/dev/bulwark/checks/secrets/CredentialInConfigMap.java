package dev.bulwark.checks.secrets;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flags ConfigMap {@code data} keys that hold a credential: a key named like one with a literal
 * value ({@code db-password: hunter2}), a known-format token anywhere in a value, or a credential
 * setting in a config file ({@code db.password=…} in {@code application.properties}). One finding
 * per key, listing what was found and on which line of the value, never the value. {@code
 * binaryData} is not read.
 */
@CheckInfo(
    id = "credential-in-configmap",
    summary = "ConfigMap holds a credential",
    description =
        "ConfigMaps are meant for non-secret configuration: RBAC roles, dashboards and debugging"
            + " tools grant read access to them far more freely than to Secrets, they are not"
            + " encrypted at rest even where Secrets are, and they are printed in logs and CI"
            + " output. A password or token in one is readable by everyone who can read the"
            + " namespace's configuration.",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    kinds = {"ConfigMap"},
    remediation =
        "Move the credential into a Secret (mounted as a file, or referenced from the config with"
            + " a placeholder your application resolves) and rotate it.",
    frameworks = {"MITRE:T1552", "NSA:secrets"},
    parameters = {"extraNames=: comma-separated extra name fragments to treat as secrets"})
public final class CredentialInConfigMap implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    ConfigCredentials credentials =
        new ConfigCredentials(
            CredentialDetector.withNames(
                SecretNames.defaults().withExtraFragments(context.parameterList("extraNames"))));
    List<Violation> violations = new ArrayList<>();
    for (Map.Entry<String, String> entry :
        Resource.stringMap(resource.object().path("data")).entrySet()) {
      List<String> found = credentials.describe(entry.getKey(), entry.getValue());
      if (!found.isEmpty()) {
        violations.add(
            Violation.at(
                JsonPointer.of("data", entry.getKey()),
                "ConfigMap key \"%s\" holds %s; credentials belong in a Secret",
                entry.getKey(),
                String.join(", ", found)));
      }
    }
    return violations;
  }
}
