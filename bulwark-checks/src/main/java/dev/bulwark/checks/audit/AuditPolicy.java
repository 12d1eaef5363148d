package dev.bulwark.checks.audit;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An audit policy ({@code audit.k8s.io/v1} {@code Policy}): rules tried in order, the first match
 * deciding the level; a request no rule matches is not logged.
 *
 * @param resource the loaded file
 * @param rules its rules in order
 * @param omitStages stages no rule logs
 */
public record AuditPolicy(Resource resource, List<AuditRule> rules, List<String> omitStages) {
  /** The stage logged as soon as a request arrives, before anything is known about its outcome. */
  public static final String REQUEST_RECEIVED = "RequestReceived";

  /** True for an audit {@code Policy}. */
  public static boolean isPolicy(Resource resource) {
    return resource.kind().equals("Policy") && resource.ref().group().equals("audit.k8s.io");
  }

  public static AuditPolicy of(Resource resource) {
    JsonNode root = resource.object();
    List<AuditRule> rules = new ArrayList<>();
    JsonNode list = root.path("rules");
    for (int i = 0; i < list.size(); i++) {
      JsonNode rule = list.get(i);
      List<AuditRule.GroupResources> resources = new ArrayList<>();
      for (JsonNode gr : rule.path("resources")) {
        resources.add(
            new AuditRule.GroupResources(
                gr.path("group").asString(""),
                strings(gr.path("resources")),
                strings(gr.path("resourceNames"))));
      }
      rules.add(
          new AuditRule(
              i,
              AuditLevel.parse(rule.path("level").asString("")),
              strings(rule.path("users")),
              strings(rule.path("userGroups")),
              strings(rule.path("verbs")),
              List.copyOf(resources),
              strings(rule.path("namespaces")),
              strings(rule.path("nonResourceURLs")),
              strings(rule.path("omitStages")),
              JsonPointer.of("rules", Integer.toString(i))));
    }
    return new AuditPolicy(resource, List.copyOf(rules), strings(root.path("omitStages")));
  }

  /** The stages a rule does not log: its own and the policy's. */
  public Set<String> omittedStages(AuditRule rule) {
    Set<String> stages = new LinkedHashSet<>(omitStages);
    stages.addAll(rule.omitStages());
    return stages;
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asString("")));
    return List.copyOf(out);
  }
}
