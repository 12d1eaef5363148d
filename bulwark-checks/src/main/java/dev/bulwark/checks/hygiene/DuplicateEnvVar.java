package dev.bulwark.checks.hygiene;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags {@code env} entries whose name an earlier entry of the same container already uses, at the
 * later entry. The kubelet builds the environment in list order, so the last entry wins. {@code
 * envFrom} keys are not compared: they live in ConfigMaps and Secrets, and an {@code env} entry
 * overriding one of them is the documented way to adjust a single key.
 *
 * <p>Low, as kubescape's C-0295 rates it; kube-linter ({@code duplicate-env-var}) and kube-score
 * ({@code environment-variable-key-duplication}) turn it on by default.
 */
@CheckInfo(
    id = "duplicate-env-var",
    summary = "Container defines the same environment variable twice",
    description =
        "When env lists a name twice, the container gets only the last value. A reviewer reading"
            + " the first one (TLS_VERIFY=true, say) believes a setting is in force that a later"
            + " line silently replaces, and merges of base manifests and overlays produce exactly"
            + " this. Server-side apply also refuses the object, since env is keyed by name.",
    severity = Severity.LOW,
    category = Category.HYGIENE,
    kinds = {CheckInfo.WORKLOADS},
    remediation = "Keep one entry per name and delete the others.")
public final class DuplicateEnvVar implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Workloads.containers(resource)) {
      Map<String, Variable> seen = new HashMap<>();
      for (Variable variable : ContainerEnv.variables(container)) {
        Variable earlier = variable.name().isEmpty() ? null : seen.put(variable.name(), variable);
        if (earlier != null) {
          violations.add(
              Violation.at(
                  variable.field("name"),
                  "%s sets env var \"%s\" again, replacing the value of env[%s]",
                  container.describe(),
                  variable.name(),
                  last(earlier.pointer().tokens())));
        }
      }
    }
    return violations;
  }

  private static String last(List<String> tokens) {
    return tokens.get(tokens.size() - 1);
  }
}
