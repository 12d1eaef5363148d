package dev.bulwark.admission.psa;

import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.config.PodSecurityExemptions;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.checks.pss.PssPod;
import dev.bulwark.checks.pss.PssPolicy;
import dev.bulwark.checks.pss.PssResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Upstream's dry run of a Namespace's new enforce level against the pods already in it: at most
 * 3000 pods, one per controller first, within a time budget, identical reasons grouped under the
 * lexically first pod name.
 */
final class NamespacePods {
  static final int MAX_PODS = 3000;
  static final String LIST_FAILED =
      "failed to list pods while checking new PodSecurity enforce level";

  private final ExistingPods pods;
  private final PodSecurityExemptions exemptions;
  private final Duration budget;
  private final Clock clock;

  NamespacePods(ExistingPods pods, PodSecurityExemptions exemptions, Duration budget, Clock clock) {
    this.pods = pods;
    this.exemptions = exemptions;
    this.budget = budget;
    this.clock = clock;
  }

  boolean available() {
    return pods.available();
  }

  List<String> warnings(String namespace, PssPolicy enforce) {
    Instant deadline = clock.instant().plus(budget);
    List<JsonNode> listed;
    try {
      listed = pods.list(namespace, deadline);
    } catch (IOException | RuntimeException e) {
      return List.of(LIST_FAILED);
    }
    List<JsonNode> prioritized = prioritize(listed);
    int total = prioritized.size();
    if (prioritized.size() > MAX_PODS) {
      prioritized = prioritized.subList(0, MAX_PODS);
    }
    int checked = prioritized.size();
    Map<String, String> firstPodByReason = new HashMap<>();
    Map<String, Integer> countByReason = new HashMap<>();
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < prioritized.size(); i++) {
      JsonNode pod = prioritized.get(i);
      PssResult result = decode(pod).evaluate(enforce);
      if (!result.allowed()) {
        String reason = result.forbiddenReasons();
        String podName = text(pod.path("metadata").path("name"));
        String first = firstPodByReason.get(reason);
        if (first == null) {
          reasons.add(reason);
          firstPodByReason.put(reason, podName);
        } else if (podName.compareTo(first) < 0) {
          firstPodByReason.put(reason, podName);
        }
        countByReason.merge(reason, 1, Integer::sum);
      }
      if (!clock.instant().isBefore(deadline)) {
        checked = i + 1;
        break;
      }
    }
    List<String> warnings = new ArrayList<>();
    if (checked < total) {
      warnings.add(
          "new PodSecurity enforce level only checked against the first "
              + checked
              + " of "
              + total
              + " existing pods");
    }
    if (!reasons.isEmpty()) {
      warnings.add(
          "existing pods in namespace \""
              + namespace
              + "\" violate the new PodSecurity enforce level \""
              + enforce
              + "\"");
    }
    List<String> podWarnings = new ArrayList<>();
    for (String reason : reasons) {
      podWarnings.add(decorate(firstPodByReason.get(reason), countByReason.get(reason), reason));
    }
    podWarnings.sort(null);
    warnings.addAll(podWarnings);
    return warnings;
  }

  private static String decorate(String podName, int count, String reason) {
    return switch (count) {
      case 1 -> podName + ": " + reason;
      case 2 -> podName + " (and 1 other pod): " + reason;
      default -> podName + " (and " + (count - 1) + " other pods): " + reason;
    };
  }

  /**
   * Pods of exempt runtime classes go; the first pod of each controller comes before its siblings.
   */
  private List<JsonNode> prioritize(List<JsonNode> listed) {
    List<JsonNode> first = new ArrayList<>();
    List<JsonNode> siblings = new ArrayList<>();
    Set<String> controllers = new HashSet<>();
    for (JsonNode pod : listed) {
      if (exemptions.exemptRuntimeClass(text(pod.path("spec").path("runtimeClassName")))) {
        continue;
      }
      String controller = controllerUid(pod);
      if (controller == null || controllers.add(controller)) {
        first.add(pod);
      } else {
        siblings.add(pod);
      }
    }
    first.addAll(siblings);
    return first;
  }

  private static String controllerUid(JsonNode pod) {
    JsonNode owners = pod.path("metadata").path("ownerReferences");
    for (int i = 0; owners.isArray() && i < owners.size(); i++) {
      JsonNode owner = owners.get(i);
      if (owner.path("controller").isBoolean() && owner.path("controller").booleanValue()) {
        return text(owner.path("uid"));
      }
    }
    return null;
  }

  private static PssPod decode(JsonNode pod) {
    return PssPod.of(
        pod.path("metadata"),
        pod.path("spec"),
        JsonPointer.of("metadata"),
        JsonPointer.of("spec"),
        true);
  }

  private static String text(JsonNode node) {
    return node.isString() ? node.stringValue() : "";
  }
}
