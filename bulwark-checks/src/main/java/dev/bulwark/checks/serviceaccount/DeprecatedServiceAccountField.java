package dev.bulwark.checks.serviceaccount;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import java.util.List;
import java.util.Optional;

/**
 * Flags pod specs that set the deprecated {@code serviceAccount} field, unless {@code
 * serviceAccountName} says the same: the API server writes that copy into every Pod it returns, so
 * objects read from a cluster would otherwise all be reported. No framework covers this; it is
 * hygiene with one real trap, a {@code serviceAccount} that differs from {@code serviceAccountName}
 * and is silently ignored.
 */
@CheckInfo(
    id = "deprecated-service-account-field",
    summary = "Pod spec uses the deprecated serviceAccount field",
    description =
        "spec.serviceAccount is an old alias of serviceAccountName. When both are set and differ,"
            + " the API server uses serviceAccountName and drops the other without a word, so a"
            + " reader of the manifest can believe the pod runs as an account it does not use.",
    severity = Severity.LOW,
    category = Category.HYGIENE,
    kinds = {CheckInfo.WORKLOADS},
    remediation = "Replace serviceAccount with serviceAccountName.")
public final class DeprecatedServiceAccountField implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Workloads.podSpec(resource);
    Optional<JsonPointer> field = pod.map(p -> p.field("serviceAccount"));
    Optional<String> alias =
        field.flatMap(f -> JsonValues.string(resource.at(f))).filter(n -> !n.isEmpty());
    if (alias.isEmpty()) {
      return List.of();
    }
    Optional<String> name =
        JsonValues.string(resource.at(pod.get().field("serviceAccountName")))
            .filter(n -> !n.isEmpty());
    if (name.isEmpty()) {
      return List.of(Violation.at(field.get(), "pod uses the deprecated serviceAccount field"));
    }
    if (name.equals(alias)) {
      return List.of();
    }
    return List.of(
        Violation.at(
            field.get(),
            "serviceAccount \"%s\" is ignored: the pod runs as serviceAccountName \"%s\"",
            alias.get(),
            name.get()));
  }
}
