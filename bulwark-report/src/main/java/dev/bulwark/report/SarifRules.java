package dev.bulwark.report;

import dev.bulwark.api.Category;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.Finding;
import dev.bulwark.api.FrameworkRef;
import dev.bulwark.api.Report;
import dev.bulwark.api.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code tool.driver.rules} of a SARIF run and the index of each rule. Every check of the
 * report gets a rule, in the report's order, followed by a rule for any check that has findings but
 * no metadata (an engine-made {@code internal-error}, say), so that every result's {@code
 * ruleIndex} resolves.
 */
final class SarifRules {

  /** What a rule is made from: a check's metadata, or a finding when the metadata is missing. */
  private record Rule(
      String id,
      String summary,
      String description,
      Severity severity,
      Category category,
      String remediation,
      List<FrameworkRef> frameworks,
      boolean documented) {}

  private final List<Rule> rules;
  private final Map<String, Integer> indexById = new HashMap<>();

  private SarifRules(List<Rule> rules) {
    this.rules = rules;
    for (int i = 0; i < rules.size(); i++) {
      indexById.put(rules.get(i).id(), i);
    }
  }

  static SarifRules of(Report report) {
    Map<String, List<Finding>> findingsByCheck =
        report.findings().stream()
            .collect(
                Collectors.groupingBy(Finding::check, LinkedHashMap::new, Collectors.toList()));
    List<Rule> rules = new ArrayList<>();
    for (CheckMetadata check : report.checks()) {
      List<Finding> findings = findingsByCheck.remove(check.id());
      rules.add(
          new Rule(
              check.id(),
              check.summary(),
              check.description(),
              effectiveSeverity(check.severity(), findings),
              check.category(),
              check.remediation(),
              check.frameworks(),
              true));
    }
    // Sorted by id so that the order does not depend on which object came first.
    for (Map.Entry<String, List<Finding>> e : new TreeMap<>(findingsByCheck).entrySet()) {
      Finding first = e.getValue().get(0);
      Severity highest =
          e.getValue().stream().map(Finding::severity).max(Enum::compareTo).orElseThrow();
      rules.add(
          new Rule(
              e.getKey(),
              e.getKey(),
              "",
              effectiveSeverity(highest, e.getValue()),
              first.category(),
              first.remediation(),
              first.frameworks(),
              false));
    }
    return new SarifRules(rules);
  }

  /**
   * The severity the findings of a check actually have when they all agree (a configuration
   * override applies to the whole check), else the default. GitHub reads the security severity from
   * the rule only, so an override must reach the rule to be seen there.
   */
  private static Severity effectiveSeverity(Severity fallback, List<Finding> findings) {
    if (findings == null || findings.isEmpty()) {
      return fallback;
    }
    Severity first = findings.get(0).severity();
    return findings.stream().allMatch(f -> f.severity() == first) ? first : fallback;
  }

  /** The index of the rule for a check id; every check in the report has one. */
  int indexOf(String checkId) {
    Integer index = indexById.get(checkId);
    if (index == null) {
      throw new IllegalArgumentException("no SARIF rule for check " + checkId);
    }
    return index;
  }

  boolean has(String checkId) {
    return indexById.containsKey(checkId);
  }

  ArrayNode toJson() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    rules.forEach(rule -> array.add(descriptor(rule)));
    return array;
  }

  private static ObjectNode descriptor(Rule rule) {
    ObjectNode node = Json.object();
    node.put("id", rule.id());
    node.put("name", pascalCase(rule.id()));
    node.putObject("shortDescription").put("text", rule.summary());
    node.putObject("fullDescription")
        .put("text", rule.description().isBlank() ? rule.summary() : rule.description());
    ObjectNode help = node.putObject("help");
    help.put("text", helpText(rule, false));
    help.put("markdown", helpText(rule, true));
    if (rule.documented()) {
      node.put("helpUri", Links.check(rule.id()));
    }
    node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    ObjectNode properties = node.putObject("properties");
    ArrayNode tags = properties.putArray("tags");
    tags.add("security");
    tags.add(rule.category().label());
    rule.frameworks().forEach(f -> tags.add(f.toString()));
    String securitySeverity = securitySeverity(rule.severity());
    if (securitySeverity != null) {
      properties.put("security-severity", securitySeverity);
    }
    // Checks read declared fields, they do not guess; false positives are rare.
    properties.put("precision", "high");
    properties.put("severity", rule.severity().label());
    return node;
  }

  private static String helpText(Rule rule, boolean markdown) {
    String bold = markdown ? "**" : "";
    StringBuilder text = new StringBuilder();
    text.append(rule.description().isBlank() ? rule.summary() : rule.description());
    if (!rule.remediation().isBlank()) {
      text.append("\n\n").append(bold).append("Fix:").append(bold).append(' ');
      text.append(rule.remediation());
    }
    if (!rule.frameworks().isEmpty()) {
      text.append("\n\n").append(bold).append("References:").append(bold).append(' ');
      text.append(
          rule.frameworks().stream().map(FrameworkRef::toString).collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  /** SARIF result level: critical and high fail a build, medium warns, the rest are notes. */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  /**
   * GitHub's numeric security severity (over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, up to 3.9
   * low), each in the middle of its band. None for info: GitHub has no such band and would show it
   * as low, whereas without it the alert keeps the {@code note} level.
   */
  static String securitySeverity(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
      case INFO -> null;
    };
  }

  /** {@code privileged-container} becomes {@code PrivilegedContainer}. */
  static String pascalCase(String id) {
    StringBuilder name = new StringBuilder(id.length());
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }
}
