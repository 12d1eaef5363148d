package dev.bulwark.checks.hygiene;

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
import dev.bulwark.checks.support.LabelSelector;
import dev.bulwark.checks.support.PodTemplates;
import java.util.List;
import java.util.Optional;

/**
 * Flags controllers whose {@code spec.selector} does not select their own pod template, naming the
 * first requirement the template's labels fail. A missing selector is left alone (older API
 * versions and Jobs default it from the template); an empty one is flagged, since it would claim
 * every pod of the namespace.
 *
 * <p>High: kube-linter ({@code mismatching-selector}) and kube-score treat it as an error too,
 * kubescape's C-0296 says low. For apps/v1 the API server refuses such an object, so the mistake
 * surfaces as a failed deploy; for older versions and ReplicationControllers the controller keeps
 * creating pods it never sees.
 */
@CheckInfo(
    id = "selector-mismatch",
    summary = "Controller selector does not match its pod template",
    description =
        "A controller manages the pods its selector matches. If its own template's labels do not"
            + " match, the API server rejects the object (apps/v1) or the controller creates pods"
            + " it does not count and creates more without end, while adopting any other pods"
            + " that happen to match and deleting them to reach its replica count.",
    severity = Severity.HIGH,
    category = Category.HYGIENE,
    kinds = {
      "Deployment",
      "StatefulSet",
      "DaemonSet",
      "ReplicaSet",
      "ReplicationController",
      "Job"
    },
    remediation =
        "Make spec.selector a subset of spec.template.metadata.labels; selectors of existing"
            + " Deployments, StatefulSets and DaemonSets are immutable, so recreate them if the"
            + " selector itself must change.")
public final class SelectorMismatch implements Check {
  private static final JsonPointer SELECTOR = JsonPointer.of("spec", "selector");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Workloads.podSpec(resource);
    if (pod.isEmpty() || !JsonValues.isSet(resource.at(SELECTOR))) {
      return List.of();
    }
    LabelSelector selector =
        resource.kind().equals("ReplicationController")
            ? LabelSelector.ofMap(resource.at(SELECTOR))
            : LabelSelector.of(resource.at(SELECTOR));
    if (selector.isEmpty()) {
      return List.of(
          Violation.at(SELECTOR, "selector is empty and would claim every pod in the namespace"));
    }
    return selector
        .firstUnmet(PodTemplates.labels(pod.get()))
        .map(
            unmet ->
                List.of(
                    Violation.at(
                        SELECTOR,
                        "selector requires %s, which the pod template's labels do not satisfy",
                        unmet)))
        .orElse(List.of());
  }
}
