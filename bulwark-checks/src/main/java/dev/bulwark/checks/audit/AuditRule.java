package dev.bulwark.checks.audit;

import dev.bulwark.api.JsonPointer;
import java.util.List;
import java.util.Optional;

/**
 * One rule of an audit policy. Within a rule every non-empty field must match (and); within a field
 * any entry may match (or); an empty field matches everything.
 *
 * @param index position in {@code rules}
 * @param level the level, or empty when the rule's level is invalid
 * @param users exact user names
 * @param userGroups group names
 * @param verbs request verbs
 * @param resources resource selectors; setting them (or namespaces) limits the rule to resource
 *     requests
 * @param namespaces namespaces, {@code ""} for cluster-scoped requests
 * @param nonResourceURLs paths, {@code *} or with a trailing {@code *}
 * @param omitStages stages this rule does not log (the policy's are added)
 * @param pointer where the rule is
 */
public record AuditRule(
    int index,
    Optional<AuditLevel> level,
    List<String> users,
    List<String> userGroups,
    List<String> verbs,
    List<GroupResources> resources,
    List<String> namespaces,
    List<String> nonResourceURLs,
    List<String> omitStages,
    JsonPointer pointer) {

  /**
   * One entry of a rule's {@code resources}.
   *
   * @param group the API group, exactly ({@code ""} is the core group; there is no wildcard)
   * @param resources resource patterns: {@code *}, {@code pods}, {@code pods/log}, {@code pods/*},
   *     {@code *}{@code /status}; empty means every resource of the group
   * @param resourceNames object names; empty means any
   */
  public record GroupResources(String group, List<String> resources, List<String> resourceNames) {}

  /** True for a rule that only resource requests can match. */
  public boolean resourceOnly() {
    return !resources.isEmpty() || !namespaces.isEmpty();
  }

  /** True for a rule that only non-resource requests ({@code /healthz}, …) can match. */
  public boolean nonResourceOnly() {
    return !resourceOnly() && !nonResourceURLs.isEmpty();
  }

  /** True for a rule that matches every request: a catch-all. */
  public boolean matchesEverything() {
    return users.isEmpty()
        && userGroups.isEmpty()
        && verbs.isEmpty()
        && !resourceOnly()
        && nonResourceURLs.isEmpty();
  }

  /** The pointer to the rule's level, where findings about what it logs point. */
  public JsonPointer levelPointer() {
    return pointer.append("level");
  }

  /** How messages name the rule, e.g. {@code rule 3 (Request)}. */
  public String describe() {
    return "rule " + (index + 1) + level.map(l -> " (" + l.text() + ")").orElse("");
  }
}
