package dev.bulwark.engine;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads the tree of a {@code .bulwark.yaml} into an {@link EngineConfig}. Every mistake (unknown
 * key or check, bad severity, exemption without reason) becomes an error diagnostic at its line;
 * the rest of the file still applies.
 */
public final class ConfigParser {
  private static final Set<String> TOP_KEYS = Set.of("checks", "exemptions");
  private static final Set<String> CHECKS_KEYS = Set.of("enable", "disable", "severity", "parameters");
  private static final Set<String> EXEMPTION_KEYS =
      Set.of("checks", "namespaces", "names", "kinds", "labels", "reason", "expires");

  private final CheckRegistry registry;
  private final Function<JsonPointer, Location> locator;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private ConfigParser(CheckRegistry registry, Function<JsonPointer, Location> locator) {
    this.registry = registry;
    this.locator = locator;
  }

  /** The parsed configuration and the problems found in it. */
  public record Result(EngineConfig config, List<Diagnostic> diagnostics) {}

  /**
   * Parses a config tree.
   *
   * @param tree the YAML document as a tree
   * @param registry known checks, to reject unknown ids and parameters
   * @param locator where a pointer is in the config file
   */
  public static Result parse(
      JsonNode tree, CheckRegistry registry, Function<JsonPointer, Location> locator) {
    ConfigParser parser = new ConfigParser(registry, locator);
    EngineConfig config = parser.parseRoot(tree);
    return new Result(config, List.copyOf(parser.diagnostics));
  }

  private EngineConfig parseRoot(JsonNode tree) {
    if (tree.isMissingNode() || tree.isNull()) {
      return EngineConfig.DEFAULT;
    }
    if (!tree.isObject()) {
      error(JsonPointer.ROOT, "the config file must be a mapping with 'checks' and 'exemptions'");
      return EngineConfig.DEFAULT;
    }
    onlyKeys(tree, JsonPointer.ROOT, TOP_KEYS);
    JsonNode checks = tree.path("checks");
    JsonPointer checksAt = JsonPointer.of("checks");
    onlyKeys(checks, checksAt, CHECKS_KEYS);
    return new EngineConfig(
        checkIds(checks.path("enable"), checksAt.append("enable")),
        checkIds(checks.path("disable"), checksAt.append("disable")),
        severities(checks.path("severity"), checksAt.append("severity")),
        parameters(checks.path("parameters"), checksAt.append("parameters")),
        exemptions(tree.path("exemptions"), JsonPointer.of("exemptions")));
  }

  private Set<String> checkIds(JsonNode node, JsonPointer at) {
    Set<String> ids = new HashSet<>();
    List<String> values = strings(node, at);
    for (int i = 0; i < values.size(); i++) {
      if (knownCheck(values.get(i), at.append(i))) {
        ids.add(values.get(i));
      }
    }
    return ids;
  }

  private Map<String, Severity> severities(JsonNode node, JsonPointer at) {
    Map<String, Severity> out = new TreeMap<>();
    if (!isMappingOrAbsent(node, at)) {
      return out;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonPointer entry = at.append(e.getKey());
      if (!knownCheck(e.getKey(), entry)) {
        continue;
      }
      try {
        out.put(e.getKey(), Severity.parse(e.getValue().asString()));
      } catch (IllegalArgumentException ex) {
        error(entry, ex.getMessage());
      }
    }
    return out;
  }

  private Map<String, Map<String, String>> parameters(JsonNode node, JsonPointer at) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    if (!isMappingOrAbsent(node, at)) {
      return out;
    }
    for (Map.Entry<String, JsonNode> check : node.properties()) {
      JsonPointer checkAt = at.append(check.getKey());
      if (!knownCheck(check.getKey(), checkAt) || !isMappingOrAbsent(check.getValue(), checkAt)) {
        continue;
      }
      Set<String> declared = new HashSet<>();
      registry
          .find(check.getKey())
          .ifPresent(c -> c.metadata().parameters().forEach(p -> declared.add(p.name())));
      Map<String, String> values = new TreeMap<>();
      for (Map.Entry<String, JsonNode> p : check.getValue().properties()) {
        JsonPointer paramAt = checkAt.append(p.getKey());
        if (!declared.contains(p.getKey())) {
          error(
              paramAt,
              "check " + check.getKey() + " has no parameter '" + p.getKey() + "'"
                  + (declared.isEmpty() ? "" : " (it has: " + String.join(", ", new TreeSet<>(declared)) + ")"));
          continue;
        }
        values.put(p.getKey(), String.join(",", strings(p.getValue(), paramAt)));
      }
      out.put(check.getKey(), values);
    }
    return out;
  }

  private List<Exemption> exemptions(JsonNode node, JsonPointer at) {
    List<Exemption> out = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      error(at, "'exemptions' must be a list");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      exemption(node.get(i), at.append(i)).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Exemption> exemption(JsonNode node, JsonPointer at) {
    if (!node.isObject()) {
      error(at, "an exemption must be a mapping");
      return Optional.empty();
    }
    onlyKeys(node, at, EXEMPTION_KEYS);
    List<String> checks = strings(node.path("checks"), at.append("checks"));
    for (int i = 0; i < checks.size(); i++) {
      if (!checks.get(i).equals("*")) {
        knownCheck(checks.get(i), at.append("checks", Integer.toString(i)));
      }
    }
    String reason = node.path("reason").isValueNode() ? node.path("reason").asString().trim() : "";
    boolean valid = true;
    if (checks.isEmpty()) {
      error(at, "exemption names no check: give 'checks' (a list of check ids, or \"*\")");
      valid = false;
    }
    if (reason.isEmpty()) {
      error(at, "exemption has no 'reason': say why these findings are accepted");
      valid = false;
    }
    LocalDate expires = null;
    JsonNode expiry = node.path("expires");
    if (!expiry.isMissingNode() && !expiry.isNull()) {
      try {
        expires = LocalDate.parse(expiry.asString().trim());
      } catch (DateTimeParseException e) {
        error(at.append("expires"), "'expires' must be a date like 2027-01-31, got '" + expiry.asString() + "'");
        valid = false;
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    JsonNode labelNode = node.path("labels");
    if (isMappingOrAbsent(labelNode, at.append("labels"))) {
      labelNode.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
    }
    if (!valid) {
      return Optional.empty();
    }
    return Optional.of(
        new Exemption(
            checks,
            strings(node.path("namespaces"), at.append("namespaces")),
            strings(node.path("names"), at.append("names")),
            strings(node.path("kinds"), at.append("kinds")),
            labels,
            reason,
            expires,
            locator.apply(at)));
  }

  /** A scalar or a list of scalars as strings. */
  private List<String> strings(JsonNode node, JsonPointer at) {
    List<String> out = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (node.isValueNode()) {
      out.add(node.asString());
      return out;
    }
    if (!node.isArray()) {
      error(at, "expected a list of strings");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      if (node.get(i).isValueNode() && !node.get(i).isNull()) {
        out.add(node.get(i).asString());
      } else {
        error(at.append(i), "expected a string");
      }
    }
    return out;
  }

  private boolean knownCheck(String id, JsonPointer at) {
    if (registry.find(id).isPresent()) {
      return true;
    }
    error(at, "unknown check '" + id + "' (run 'bulwark checks' for the list)");
    return false;
  }

  private boolean isMappingOrAbsent(JsonNode node, JsonPointer at) {
    if (node.isMissingNode() || node.isNull() || node.isObject()) {
      return true;
    }
    error(at, "expected a mapping");
    return false;
  }

  private void onlyKeys(JsonNode node, JsonPointer at, Set<String> allowed) {
    if (!node.isObject()) {
      return;
    }
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        error(
            at.append(key),
            "unknown key '" + key + "' (expected one of: " + String.join(", ", new TreeSet<>(allowed)) + ")");
      }
    }
  }

  private void error(JsonPointer at, String message) {
    diagnostics.add(Diagnostic.error(locator.apply(at), message));
  }
}
