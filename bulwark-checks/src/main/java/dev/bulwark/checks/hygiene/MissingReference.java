package dev.bulwark.checks.hygiene;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.Namespaces;
import dev.bulwark.checks.support.PodReferences;
import dev.bulwark.checks.support.PodReferences.Reference;
import dev.bulwark.checks.support.PodReferences.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flags workloads that refer to a Secret, ConfigMap or ServiceAccount the scan does not contain.
 *
 * <p>Manifests rarely hold everything: Secrets come from a secret store, ServiceAccounts from
 * another chart. So unless the inventory is complete (a cluster scan), a reference is judged only
 * when the scan holds at least one object of that kind in that namespace, which suggests the set
 * was meant to be complete; otherwise the workload is reported not evaluated, with the reason. When
 * some references are missing and others cannot be judged, the missing ones are reported.
 * References marked {@code optional: true}, the {@code default} ServiceAccount and the {@code
 * kube-root-ca.crt} ConfigMap, which Kubernetes creates in every namespace, always pass, and so do
 * Secrets that a scanned Certificate, SealedSecret or ExternalSecret will create.
 *
 * <p>Medium: kube-linter's {@code non-existent-service-account} (on) and {@code env-value-from}
 * (off) report the same without the completeness guard; kubescape's C-0307 says medium.
 */
@CheckInfo(
    id = "missing-reference",
    summary = "Workload refers to a Secret, ConfigMap or ServiceAccount that does not exist",
    description =
        "A pod that names a missing ServiceAccount is rejected at admission, and one that needs a"
            + " missing Secret or ConfigMap stays in ContainerCreating or"
            + " CreateContainerConfigError. A name that does not exist today can also be created"
            + " tomorrow by someone else with create rights in the namespace, handing the pods"
            + " their configuration or credentials.",
    severity = Severity.MEDIUM,
    category = Category.HYGIENE,
    kinds = {CheckInfo.WORKLOADS},
    scope = Scope.INVENTORY,
    reads = {"Secret", "ConfigMap", "ServiceAccount"},
    remediation =
        "Create the object alongside the workload, fix the name, or mark the reference optional:"
            + " true if the pod can run without it.")
public final class MissingReference implements Check {
  /** Objects Kubernetes creates in every namespace. */
  private static final Map<Target, Set<String>> BUILT_IN =
      Map.of(
          Target.SERVICE_ACCOUNT, Set.of("default"),
          Target.CONFIG_MAP, Set.of("kube-root-ca.crt"),
          Target.SECRET, Set.of());

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    String namespace = Namespaces.of(resource);
    List<Violation> violations = new ArrayList<>();
    Set<String> unjudged = new LinkedHashSet<>();
    Set<String> unjudgedKinds = new TreeSet<>();
    List<Reference> references =
        Workloads.podSpec(resource).map(PodReferences::of).orElse(List.of());
    Set<String> producedSecrets = SecretProducers.secretNames(context.inventory(), namespace);
    for (Reference reference : references) {
      String kind = reference.target().kind();
      if (reference.name() == null
          || reference.optional()
          || BUILT_IN.get(reference.target()).contains(reference.name())
          || (reference.target() == Target.SECRET && producedSecrets.contains(reference.name()))
          || Namespaces.find(context.inventory(), kind, namespace, reference.name()).isPresent()) {
        continue;
      }
      if (!context.inventoryComplete()
          && Namespaces.objects(context.inventory(), kind, namespace).isEmpty()) {
        unjudged.add(kind + " \"" + reference.name() + "\"");
        unjudgedKinds.add(kind);
        continue;
      }
      violations.add(
          Violation.at(
              reference.namePointer(),
              "%s refers to %s \"%s\", which is not in namespace %s",
              reference.place(),
              kind,
              reference.name(),
              namespace));
    }
    if (violations.isEmpty() && !unjudged.isEmpty()) {
      throw new NotEvaluatedException(
          String.format(
              "the scan holds no %s in namespace %s, so it cannot tell whether %s exist%s",
              String.join(" or ", unjudgedKinds),
              namespace,
              String.join(", ", unjudged),
              unjudged.size() == 1 ? "s" : ""));
    }
    return violations;
  }
}
