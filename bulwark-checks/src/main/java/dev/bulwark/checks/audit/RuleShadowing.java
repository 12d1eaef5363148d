package dev.bulwark.checks.audit;

import java.util.List;
import java.util.Optional;

/**
 * Finds rules that can never apply because an earlier rule catches every request they would (first
 * match wins). Conservative: a rule is reported only when the earlier rule's every field is at
 * least as broad, field by field; overlaps through group membership are not guessed at.
 */
public final class RuleShadowing {
  private RuleShadowing() {}

  /** The first earlier rule that catches everything {@code rule} would, if any. */
  public static Optional<AuditRule> shadowOf(AuditPolicy policy, AuditRule rule) {
    for (AuditRule earlier : policy.rules()) {
      if (earlier.index() >= rule.index()) {
        break;
      }
      if (covers(earlier, rule)) {
        return Optional.of(earlier);
      }
    }
    return Optional.empty();
  }

  /** True when every request {@code later} matches is also matched by {@code earlier}. */
  static boolean covers(AuditRule earlier, AuditRule later) {
    return superset(earlier.users(), later.users())
        && superset(earlier.userGroups(), later.userGroups())
        && superset(earlier.verbs(), later.verbs())
        && superset(earlier.namespaces(), later.namespaces())
        && coversRequestKinds(earlier, later);
  }

  private static boolean coversRequestKinds(AuditRule earlier, AuditRule later) {
    if (earlier.resourceOnly()) {
      return later.resourceOnly() && coversResources(earlier.resources(), later.resources());
    }
    if (earlier.nonResourceOnly()) {
      return later.nonResourceOnly()
          && later.nonResourceURLs().stream()
              .allMatch(url -> earlier.nonResourceURLs().stream().anyMatch(p -> coversUrl(p, url)));
    }
    return true;
  }

  private static boolean coversResources(
      List<AuditRule.GroupResources> earlier, List<AuditRule.GroupResources> later) {
    if (earlier.isEmpty()) {
      return true;
    }
    return !later.isEmpty()
        && later.stream().allMatch(l -> earlier.stream().anyMatch(e -> coversGroup(e, l)));
  }

  private static boolean coversGroup(
      AuditRule.GroupResources earlier, AuditRule.GroupResources later) {
    if (!earlier.group().equals(later.group())) {
      return false;
    }
    if (earlier.resources().isEmpty()) {
      return true;
    }
    return !later.resources().isEmpty()
        && superset(earlier.resourceNames(), later.resourceNames())
        && later.resources().stream()
            .allMatch(r -> earlier.resources().stream().anyMatch(p -> coversPattern(p, r)));
  }

  /** True when resource pattern {@code p} matches everything pattern {@code r} does. */
  static boolean coversPattern(String p, String r) {
    if (p.equals("*") || p.equals(r)) {
      return true;
    }
    if (r.equals("*")) {
      return false;
    }
    if (p.startsWith("*/")) {
      return r.endsWith("/" + p.substring(2)) && r.indexOf('/') > 0;
    }
    if (p.endsWith("/*")) {
      String base = p.substring(0, p.length() - 2);
      return r.equals(base) || r.startsWith(base + "/");
    }
    return false;
  }

  private static boolean coversUrl(String p, String url) {
    if (p.equals("*") || p.equals(url)) {
      return true;
    }
    return p.endsWith("*") && url.startsWith(p.substring(0, p.length() - 1));
  }

  /** An empty list means "any"; otherwise {@code narrow} must be non-empty and contained. */
  private static boolean superset(List<String> broad, List<String> narrow) {
    return broad.isEmpty() || (!narrow.isEmpty() && broad.containsAll(narrow));
  }
}
