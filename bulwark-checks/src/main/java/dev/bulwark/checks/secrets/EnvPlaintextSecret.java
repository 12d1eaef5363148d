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
import dev.bulwark.checks.support.ContainerEnv;
import dev.bulwark.checks.support.ContainerEnv.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags environment variables whose literal value is a credential, judged by {@link
 * CredentialDetector}: by its known format, by a credential name, or by a hinting name with a
 * random-looking value. The message never repeats the value: reports end up in CI logs and tickets.
 */
@CheckInfo(
    id = "env-plaintext-secret",
    summary = "Credential written as a literal environment variable value",
    description =
        "A password, token or key written into env[].value is stored in plain text in git, in the"
            + " object in etcd, and in every copy of the manifest, and anyone who can read the"
            + " workload (not only its Secrets) can read it. A variable counts when its value has"
            + " the shape of a known credential (an AWS or GitHub token, a private key, a URL with"
            + " a password), whatever its name; when its name looks like a credential (DB_PASSWORD,"
            + " apiKey, REDIS_AUTH); or when its name hints at one (CACHE_KEY, SENTRY_DSN) and the"
            + " value looks randomly generated. Empty values, $(VAR) references and placeholders"
            + " such as <password> never count.",
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
    CredentialDetector detector =
        CredentialDetector.withNames(
            SecretNames.defaults().withExtraFragments(context.parameterList("extraNames")));
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Workloads.containers(resource)) {
      for (Variable variable : ContainerEnv.variables(container)) {
        variable
            .value()
            .flatMap(value -> detector.assess(variable.name(), value))
            .ifPresent(
                credential ->
                    violations.add(
                        Violation.at(
                            variable.field("value"),
                            "env var \"%s\" of %s holds %s; take it from a Secret"
                                + " (valueFrom.secretKeyRef)",
                            variable.name(),
                            container.describe(),
                            credential.describe())));
      }
    }
    return violations;
  }
}
