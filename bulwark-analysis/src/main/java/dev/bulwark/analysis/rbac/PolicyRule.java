package dev.bulwark.analysis.rbac;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One RBAC policy rule, exactly as written: the lists keep their order and duplicates because the
 * aggregation controller compares rules field by field.
 *
 * @param verbs e.g. {@code get}, {@code *}
 * @param apiGroups {@code ""} is the core group, {@code *} every group
 * @param resources e.g. {@code pods}, {@code pods/exec}, {@code * /scale}, {@code *}
 * @param resourceNames empty means every name
 * @param nonResourceURLs paths such as {@code /metrics} or {@code /healthz*}
 */
public record PolicyRule(
    List<String> verbs,
    List<String> apiGroups,
    List<String> resources,
    List<String> resourceNames,
    List<String> nonResourceURLs) {

  /** The wildcard RBAC uses in every list. */
  public static final String ALL = "*";

  public PolicyRule {
    verbs = List.copyOf(verbs);
    apiGroups = List.copyOf(apiGroups);
    resources = List.copyOf(resources);
    resourceNames = List.copyOf(resourceNames);
    nonResourceURLs = List.copyOf(nonResourceURLs);
  }

  /** A resource rule without resourceNames. */
  public static PolicyRule of(List<String> verbs, List<String> apiGroups, List<String> resources) {
    return new PolicyRule(verbs, apiGroups, resources, List.of(), List.of());
  }

  /** A non-resource rule. */
  public static PolicyRule ofUrls(List<String> verbs, List<String> urls) {
    return new PolicyRule(verbs, List.of(), List.of(), List.of(), urls);
  }

  /** This rule restricted to the given resource names. */
  public PolicyRule withNames(List<String> names) {
    return new PolicyRule(verbs, apiGroups, resources, names, nonResourceURLs);
  }

  /**
   * Reads a rule from a manifest; entries that are not scalars are ignored (the API rejects them).
   */
  public static PolicyRule fromJson(JsonNode rule) {
    return new PolicyRule(
        strings(rule.path("verbs")),
        strings(rule.path("apiGroups")),
        strings(rule.path("resources")),
        strings(rule.path("resourceNames")),
        strings(rule.path("nonResourceURLs")));
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : list) {
      if (item.isValueNode() && !item.isNull()) {
        out.add(item.asString());
      }
    }
    return out;
  }

  /** True when the rule is about URLs rather than API resources. */
  public boolean isNonResourceRule() {
    return !nonResourceURLs.isEmpty();
  }

  /** True for {@code *} verbs on {@code *} resources in {@code *} groups, unrestricted by name. */
  public boolean isFullWildcard() {
    return verbs.contains(ALL)
        && apiGroups.contains(ALL)
        && resources.contains(ALL)
        && resourceNames.isEmpty();
  }

  /**
   * A one-line form for messages, as flow YAML: {@code {apiGroups: [""], resources: [secrets],
   * verbs: [get]}}.
   */
  public String compact() {
    StringBuilder sb = new StringBuilder("{");
    if (isNonResourceRule()) {
      sb.append("nonResourceURLs: [").append(String.join(", ", nonResourceURLs)).append("], ");
    }
    if (!apiGroups.isEmpty()) {
      sb.append("apiGroups: ").append(groupList(apiGroups)).append(", ");
    }
    if (!resources.isEmpty()) {
      sb.append("resources: [").append(String.join(", ", resources)).append("], ");
    }
    if (!resourceNames.isEmpty()) {
      sb.append("resourceNames: [").append(String.join(", ", resourceNames)).append("], ");
    }
    return sb.append("verbs: [").append(String.join(", ", verbs)).append("]}").toString();
  }

  /** API groups as people read them: the core group is {@code ""}. */
  static String groupList(List<String> groups) {
    List<String> shown = new ArrayList<>();
    for (String g : groups) {
      shown.add(g.isEmpty() ? "\"\"" : g);
    }
    return "[" + String.join(", ", shown) + "]";
  }
}
