package dev.bulwark.checks.hygiene;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/**
 * Flags objects written in an API version that Kubernetes has removed, naming the release that
 * removed it and the version to use instead (see {@link RemovedApis}).
 *
 * <p>Medium: Trivy's KSV-0107 says low, kube-linter's {@code no-extensions-v1beta} is on by
 * default. Such a manifest cannot be applied to any supported cluster, and the old versions carry
 * old defaults (no progress deadline, OnDelete updates, webhook failurePolicy Ignore) that stay
 * hidden until the migration.
 */
@CheckInfo(
    id = "deprecated-api-version",
    summary = "Object uses an API version Kubernetes has removed",
    description =
        "API versions are deprecated and then removed: the API server stops serving them and"
            + " refuses manifests that use them, so a deploy or upgrade fails at the worst time."
            + " Tooling that still writes them usually carries other outdated assumptions, and"
            + " several replacements changed defaults that matter for security and reliability"
            + " (webhook failurePolicy, Deployment progress deadlines, PodDisruptionBudget"
            + " selectors). PodSecurityPolicy has no replacement in the same API.",
    severity = Severity.MEDIUM,
    category = Category.HYGIENE,
    remediation =
        "Rewrite the object for the replacement apiVersion (kubectl convert helps) and check the"
            + " changed fields and defaults; the Kubernetes Deprecated API Migration Guide lists"
            + " them.",
    frameworks = {"NSA:application-security"})
public final class DeprecatedApiVersion implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return RemovedApis.find(resource.ref().apiVersion(), resource.kind())
        .map(
            removal ->
                Violation.at(
                    JsonPointer.of("apiVersion"),
                    "apiVersion %s of %s was removed in Kubernetes %s; use %s%s",
                    removal.apiVersion(),
                    removal.kind(),
                    removal.removedIn(),
                    removal.replacement(),
                    removal.changes().isEmpty() ? "" : " (" + removal.changes() + ")"))
        .stream()
        .toList();
  }
}
