package dev.bulwark.checks.secrets;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.PodReferences;
import dev.bulwark.checks.support.PodReferences.Reference;
import dev.bulwark.checks.support.PodReferences.Target;
import dev.bulwark.checks.support.PodReferences.Usage;
import java.util.List;
import java.util.Set;

/**
 * Flags Secrets consumed as environment variables ({@code valueFrom.secretKeyRef}, {@code
 * envFrom.secretRef}). Low, as the CIS benchmark marks 5.4.1 a manual recommendation and
 * kube-linter ships {@code read-secret-from-env-var} disabled; kubescape's C-0207 says medium.
 */
@CheckInfo(
    id = "secret-as-env-var",
    summary = "Secret is passed as an environment variable",
    description =
        "Environment variables leak more easily than files: child processes inherit them, crash"
            + " reporters and debug endpoints dump them, they show in /proc/<pid>/environ to"
            + " anyone who can read it, and they cannot change without a restart. A Secret mounted"
            + " as a file is readable only through the mount, can carry tight file permissions and"
            + " is updated in place when the Secret changes.",
    severity = Severity.LOW,
    category = Category.SECRETS,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Mount the Secret as a volume (secret or projected) and have the program read the file;"
            + " many images accept a *_FILE variable that names it.",
    frameworks = {"CIS:5.4.1", "MITRE:T1552", "NSA:secrets"})
public final class SecretAsEnvVar implements Check {
  private static final Set<Usage> ENVIRONMENT = Set.of(Usage.ENV, Usage.ENV_FROM);

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return Workloads.podSpec(resource).map(PodReferences::of).orElse(List.of()).stream()
        .filter(r -> r.target() == Target.SECRET && ENVIRONMENT.contains(r.usage()))
        .map(SecretAsEnvVar::violation)
        .toList();
  }

  private static Violation violation(Reference reference) {
    String secret = reference.name() == null ? "a Secret" : "Secret \"" + reference.name() + "\"";
    return reference.usage() == Usage.ENV_FROM
        ? Violation.at(
            reference.pointer(),
            "%s turns every key of %s into an environment variable",
            reference.place(),
            secret)
        : Violation.at(
            reference.pointer(), "%s takes its value from %s", reference.place(), secret);
  }
}
