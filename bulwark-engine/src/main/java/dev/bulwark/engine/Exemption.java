package dev.bulwark.engine;

import dev.bulwark.api.Location;
import dev.bulwark.api.Resource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An entry of {@code exemptions:} in {@code .bulwark.yaml}: which findings it suppresses and why.
 * Every criterion given must match; within one criterion any listed value may match. Names accept
 * {@code *} as a wildcard.
 *
 * @param checks check ids, or {@code *} for every check
 * @param namespaces namespaces; empty = any
 * @param names object names (globs); empty = any
 * @param kinds kinds; empty = any
 * @param labels labels the object must carry; empty = any
 * @param reason why (required)
 * @param expires last day the exemption applies, or {@code null} for no expiry
 * @param location where the entry is in the config file
 */
public record Exemption(
    List<String> checks,
    List<String> namespaces,
    List<String> names,
    List<String> kinds,
    Map<String, String> labels,
    String reason,
    LocalDate expires,
    Location location) {

  public Exemption {
    checks = List.copyOf(checks);
    namespaces = List.copyOf(namespaces);
    names = List.copyOf(names);
    kinds = List.copyOf(kinds);
    labels = Map.copyOf(labels);
  }

  /** True when the exemption covers this check on this object, ignoring expiry. */
  public boolean covers(String checkId, Resource resource) {
    return (checks.contains("*") || checks.contains(checkId))
        && (namespaces.isEmpty() || namespaces.contains(resource.namespace()))
        && (kinds.isEmpty() || kinds.contains(resource.kind()))
        && (names.isEmpty() || names.stream().anyMatch(n -> glob(n, resource.name())))
        && resource.labels().entrySet().containsAll(labels.entrySet());
  }

  /** True when {@code today} is after the expiry date. */
  public boolean expiredOn(LocalDate today) {
    return expires != null && today.isAfter(expires);
  }

  /** A short description for messages: {@code exemption for privileged-container (file:3:5)}. */
  public String describe() {
    return "exemption for " + String.join(", ", checks) + " (" + location + ")";
  }

  private static boolean glob(String pattern, String value) {
    if (!pattern.contains("*")) {
      return pattern.equals(value);
    }
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return value != null && value.matches(regex.toString());
  }
}
