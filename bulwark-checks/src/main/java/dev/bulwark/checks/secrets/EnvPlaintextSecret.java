package dev.bulwark.checks.secrets;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Flags environment variables named like credentials whose value is written in the manifest. The
 * message never repeats the value: reports end up in CI logs and tickets.
 */
@CheckInfo(
    id = "env-plaintext-secret",
    summary = "Credential written as a literal environment variable value",
    description =
        "A password, token or key written into env[].value is stored in plain text in git, in"
            + " the object in etcd, and in every copy of the manifest, and anyone who can read the"
            + " workload (not only its Secrets) can read it. A variable counts when its name looks"
            + " like a credential (DB_PASSWORD, apiKey, REDIS_AUTH) and its value is neither empty,"
            + " a $(VAR) reference nor a placeholder such as <password>.",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Move the value into a Secret and reference it with env[].valueFrom.secretKeyRef, or"
            + " better, mount the Secret as a file; rotate the exposed credential.",
    frameworks = {"CIS:5.4.1", "MITRE:T1552"},
    parameters = {"extraNames=: comma-separated extra name fragments to treat as secrets"})
public final class EnvPlaintextSecret implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    SecretNames secretNames =
        SecretNames.defaults().withExtraFragments(context.parameterList("extraNames"));
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Workloads.containers(resource)) {
      JsonNode env = container.node().path("env");
      for (int i = 0; i < env.size(); i++) {
        JsonNode entry = env.path(i); // missing, not null, when env is not a list
        String name = JsonValues.string(entry.path("name")).orElse("");
        boolean literal =
            JsonValues.string(entry.path("value")).filter(SecretValues::isLiteral).isPresent();
        if (literal && secretNames.looksSecret(name)) {
          violations.add(
              Violation.at(
                  container.field("env", Integer.toString(i), "value"),
                  "env var \"%s\" of %s holds a literal value; take it from a Secret"
                      + " (valueFrom.secretKeyRef)",
                  name,
                  container.describe()));
        }
      }
    }
    return violations;
  }
}
