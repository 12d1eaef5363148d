package dev.bulwark.admission.config;

import dev.bulwark.api.CheckParameter;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.Severity;
import dev.bulwark.api.SourceMap;
import dev.bulwark.checks.pss.PssLevel;
import dev.bulwark.checks.support.LabelSelector;
import dev.bulwark.checks.pss.PssMode;
import dev.bulwark.checks.pss.PssNamespacePolicy;
import dev.bulwark.checks.pss.PssPolicy;
import dev.bulwark.checks.pss.PssVersion;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.RegisteredCheck;
import dev.bulwark.loader.YamlTree;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Turns the YAML tree of an admission config file into an {@link AdmissionConfig}, collecting every
 * problem.
 */
final class AdmissionConfigParser {
  static final String API_VERSION = "bulwark.dev/v1alpha1";
  static final String KIND = "AdmissionConfiguration";

  private static final Set<String> TOP_KEYS =
      Set.of("apiVersion", "kind", "podSecurity", "policies", "server");
  private static final Set<String> POD_SECURITY_KEYS = Set.of("enabled", "defaults", "exemptions");
  private static final Set<String> EXEMPTION_KEYS =
      Set.of("usernames", "runtimeClasses", "namespaces");
  private static final Set<String> RULE_KEYS =
      Set.of("name", "mode", "checks", "namespaceSelector", "minSeverity", "parameters");
  private static final Set<String> SELECTOR_KEYS = Set.of("matchLabels", "matchExpressions");
  private static final Set<String> EXPRESSION_KEYS = Set.of("key", "operator", "values");
  private static final Set<String> SERVER_KEYS = Set.of("timeout", "onTimeout", "maxRequestBytes");

  /** The API server caps a webhook's timeoutSeconds at 30. */
  private static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);

  private static final long MIN_REQUEST_BYTES = 1024;
  private static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;

  private final SourceMap positions;
  private final CheckRegistry registry;
  private final List<Problem> problems = new ArrayList<>();

  /** A mistake and where it is; reported in file order. */
  private record Problem(Location at, String message) {}

  private AdmissionConfigParser(SourceMap positions, CheckRegistry registry) {
    this.positions = positions;
    this.registry = registry;
  }

  static AdmissionConfig parse(YamlTree tree, CheckRegistry registry)
      throws AdmissionConfigException {
    AdmissionConfigParser parser = new AdmissionConfigParser(tree.sourceMap(), registry);
    AdmissionConfig config = parser.root(tree.root());
    if (!parser.problems.isEmpty()) {
      throw new AdmissionConfigException(
          parser.problems.stream()
              .sorted(Comparator.comparing(Problem::at))
              .map(p -> p.at() + ": " + p.message())
              .toList());
    }
    return config;
  }

  private AdmissionConfig root(JsonNode root) {
    AdmissionConfig defaults = AdmissionConfig.defaults();
    if (root.isNull() || root.isMissingNode()) {
      problem(JsonPointer.ROOT, "the file is empty; expected kind: " + KIND);
      return defaults;
    }
    if (!mapping(root, JsonPointer.ROOT)) {
      return defaults;
    }
    onlyKeys(root, JsonPointer.ROOT, TOP_KEYS);
    expectText(root, JsonPointer.ROOT, "apiVersion", API_VERSION);
    expectText(root, JsonPointer.ROOT, "kind", KIND);
    PodSecurityConfig podSecurity =
        podSecurity(root.path("podSecurity"), JsonPointer.of("podSecurity"));
    List<PolicyRule> rules = policies(root.path("policies"), JsonPointer.of("policies"));
    JsonNode server = root.path("server");
    JsonPointer serverAt = JsonPointer.of("server");
    Duration timeout = defaults.timeout();
    TimeoutAction onTimeout = defaults.onTimeout();
    long maxBytes = defaults.maxRequestBytes();
    if (optionalMapping(server, serverAt)) {
      onlyKeys(server, serverAt, SERVER_KEYS);
      timeout = timeout(server.path("timeout"), serverAt.append("timeout"), timeout);
      onTimeout = timeoutAction(server.path("onTimeout"), serverAt.append("onTimeout"), onTimeout);
      maxBytes =
          requestBytes(
              server.path("maxRequestBytes"), serverAt.append("maxRequestBytes"), maxBytes);
    }
    return new AdmissionConfig(podSecurity, rules, timeout, onTimeout, maxBytes);
  }

  private PodSecurityConfig podSecurity(JsonNode node, JsonPointer at) {
    if (!optionalMapping(node, at)) {
      return PodSecurityConfig.DEFAULTS;
    }
    onlyKeys(node, at, POD_SECURITY_KEYS);
    boolean enabled = true;
    JsonNode enabledNode = node.path("enabled");
    if (!enabledNode.isMissingNode()) {
      if (enabledNode.isBoolean()) {
        enabled = enabledNode.booleanValue();
      } else {
        problem(at.append("enabled"), "enabled must be true or false");
      }
    }
    PssNamespacePolicy defaults = podSecurityDefaults(node.path("defaults"), at.append("defaults"));
    PodSecurityExemptions exemptions = exemptions(node.path("exemptions"), at.append("exemptions"));
    return new PodSecurityConfig(enabled, defaults, exemptions);
  }

  /** Upstream's PodSecurityDefaults: six optional keys, each defaulting to privileged / latest. */
  private PssNamespacePolicy podSecurityDefaults(JsonNode node, JsonPointer at) {
    if (!optionalMapping(node, at)) {
      return PssNamespacePolicy.DEFAULTS;
    }
    Set<String> keys = new HashSet<>();
    for (PssMode mode : PssMode.values()) {
      keys.add(mode.label());
      keys.add(mode.label() + "-version");
    }
    onlyKeys(node, at, keys);
    Map<PssMode, PssPolicy> policies = new EnumMap<>(PssMode.class);
    for (PssMode mode : PssMode.values()) {
      PssLevel level = PssLevel.PRIVILEGED;
      PssVersion version = PssVersion.LATEST;
      String levelText = text(node, at, mode.label());
      if (levelText != null) {
        Optional<PssLevel> parsed = PssLevel.tryParse(levelText);
        if (parsed.isEmpty()) {
          problem(
              at.append(mode.label()),
              "invalid level \""
                  + levelText
                  + "\": must be one of privileged, baseline, restricted");
        } else {
          level = parsed.get();
        }
      }
      String versionKey = mode.label() + "-version";
      String versionText = text(node, at, versionKey);
      if (versionText != null) {
        Optional<PssVersion> parsed = PssVersion.tryParse(versionText);
        if (parsed.isEmpty()) {
          problem(
              at.append(versionKey),
              "invalid version \"" + versionText + "\": must be \"latest\" or \"v1.x\"");
        } else {
          version = parsed.get();
        }
      }
      policies.put(mode, new PssPolicy(level, version));
    }
    return new PssNamespacePolicy(
        policies.get(PssMode.ENFORCE),
        policies.get(PssMode.AUDIT),
        policies.get(PssMode.WARN),
        List.of());
  }

  private PodSecurityExemptions exemptions(JsonNode node, JsonPointer at) {
    if (!optionalMapping(node, at)) {
      return PodSecurityExemptions.NONE;
    }
    onlyKeys(node, at, EXEMPTION_KEYS);
    return new PodSecurityExemptions(
        distinctNames(node.path("usernames"), at.append("usernames")),
        distinctNames(node.path("runtimeClasses"), at.append("runtimeClasses")),
        distinctNames(node.path("namespaces"), at.append("namespaces")));
  }

  /** Upstream rejects empty and duplicate exemption entries. */
  private Set<String> distinctNames(JsonNode node, JsonPointer at) {
    Set<String> out = new LinkedHashSet<>();
    List<String> values = textList(node, at);
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null) {
        continue;
      }
      if (value.isBlank()) {
        problem(at.append(i), "must not be empty");
      } else if (!out.add(value)) {
        problem(at.append(i), "duplicate entry \"" + value + "\"");
      }
    }
    return out;
  }

  private List<PolicyRule> policies(JsonNode node, JsonPointer at) {
    List<PolicyRule> rules = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return rules;
    }
    if (!node.isArray()) {
      problem(at, "policies must be a list of rules");
      return rules;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonPointer ruleAt = at.append(i);
      PolicyRule rule = rule(node.get(i), ruleAt);
      if (rule == null) {
        continue;
      }
      if (!names.add(rule.name())) {
        problem(ruleAt.append("name"), "duplicate policy name \"" + rule.name() + "\"");
      }
      rules.add(rule);
    }
    return rules;
  }

  private PolicyRule rule(JsonNode node, JsonPointer at) {
    if (!mapping(node, at)) {
      return null;
    }
    onlyKeys(node, at, RULE_KEYS);
    String name = text(node, at, "name");
    if (name == null || name.isBlank()) {
      problem(at, "a policy needs a name");
      name = "";
    }
    PolicyMode mode = PolicyMode.WARN;
    String modeText = text(node, at, "mode");
    if (modeText == null) {
      problem(at, "policy \"" + name + "\" needs a mode: enforce, warn or audit");
    } else {
      try {
        mode = PolicyMode.valueOf(modeText.toUpperCase(Locale.ROOT));
        if (!mode.label().equals(modeText)) {
          throw new IllegalArgumentException(modeText);
        }
      } catch (IllegalArgumentException e) {
        problem(
            at.append("mode"),
            "unknown mode \"" + modeText + "\": expected enforce, warn or audit");
      }
    }
    List<RegisteredCheck> checks = new ArrayList<>();
    JsonPointer checksAt = at.append("checks");
    if (node.path("checks").isMissingNode()) {
      problem(at, "policy \"" + name + "\" lists no checks");
    }
    List<String> ids = textList(node.path("checks"), checksAt);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id == null) {
        continue;
      }
      Optional<RegisteredCheck> check = registry.find(id);
      if (check.isEmpty()) {
        problem(checksAt.append(i), "unknown check \"" + id + "\" (bulwark checks lists them)");
      } else if (!seen.add(id)) {
        problem(checksAt.append(i), "check \"" + id + "\" is listed twice");
      } else {
        checks.add(check.get());
      }
    }
    LabelSelector selector =
        selector(node.path("namespaceSelector"), at.append("namespaceSelector"));
    Severity minSeverity = Severity.INFO;
    String severityText = text(node, at, "minSeverity");
    if (severityText != null) {
      try {
        minSeverity = Severity.parse(severityText);
      } catch (IllegalArgumentException e) {
        problem(at.append("minSeverity"), e.getMessage());
      }
    }
    Map<String, Map<String, String>> parameters =
        parameters(node.path("parameters"), at.append("parameters"), checks);
    return new PolicyRule(name, mode, checks, selector, minSeverity, parameters);
  }

  private Map<String, Map<String, String>> parameters(
      JsonNode node, JsonPointer at, List<RegisteredCheck> checks) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    if (!optionalMapping(node, at)) {
      return out;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonPointer checkAt = at.append(entry.getKey());
      RegisteredCheck check =
          checks.stream().filter(c -> c.id().equals(entry.getKey())).findFirst().orElse(null);
      if (check == null) {
        problem(
            checkAt, "parameters for \"" + entry.getKey() + "\", which this policy does not list");
        continue;
      }
      if (!mapping(entry.getValue(), checkAt)) {
        continue;
      }
      Map<String, String> values = new TreeMap<>();
      for (Map.Entry<String, JsonNode> p : entry.getValue().properties()) {
        JsonPointer paramAt = checkAt.append(p.getKey());
        boolean declared =
            check.metadata().parameters().stream()
                .map(CheckParameter::name)
                .anyMatch(p.getKey()::equals);
        if (!declared) {
          problem(paramAt, "check \"" + check.id() + "\" has no parameter \"" + p.getKey() + "\"");
        } else if (p.getValue().isValueNode() && !p.getValue().isNull()) {
          values.put(p.getKey(), p.getValue().asString());
        } else if (p.getValue().isArray()) {
          List<String> items = textList(p.getValue(), paramAt);
          values.put(p.getKey(), String.join(",", items));
        } else {
          problem(paramAt, "a parameter value must be a scalar or a list of scalars");
        }
      }
      out.put(check.id(), values);
    }
    return out;
  }

  /**
   * Reports every problem of a namespace selector at its line; the selector itself is the checks'
   * {@link LabelSelector}, so admission matches namespaces as the catalog matches objects.
   */
  private LabelSelector selector(JsonNode node, JsonPointer at) {
    if (!optionalMapping(node, at)) {
      return LabelSelector.empty();
    }
    onlyKeys(node, at, SELECTOR_KEYS);
    JsonNode labels = node.path("matchLabels");
    JsonPointer labelsAt = at.append("matchLabels");
    if (optionalMapping(labels, labelsAt)) {
      for (Map.Entry<String, JsonNode> e : labels.properties()) {
        if (!e.getValue().isValueNode() || e.getValue().isNull()) {
          problem(labelsAt.append(e.getKey()), "a label value must be a string");
        }
      }
    }
    JsonNode list = node.path("matchExpressions");
    JsonPointer listAt = at.append("matchExpressions");
    if (!list.isMissingNode() && !list.isNull()) {
      if (!list.isArray()) {
        problem(listAt, "matchExpressions must be a list");
      } else {
        for (int i = 0; i < list.size(); i++) {
          checkRequirement(list.get(i), listAt.append(i));
        }
      }
    }
    return LabelSelector.of(node);
  }

  private void checkRequirement(JsonNode node, JsonPointer at) {
    if (!mapping(node, at)) {
      return;
    }
    onlyKeys(node, at, EXPRESSION_KEYS);
    String key = text(node, at, "key");
    String operator = text(node, at, "operator");
    if (key == null || key.isEmpty()) {
      problem(at, "a match expression needs a key");
      return;
    }
    boolean needsValues = "In".equals(operator) || "NotIn".equals(operator);
    if (!needsValues && !"Exists".equals(operator) && !"DoesNotExist".equals(operator)) {
      problem(
          operator == null ? at : at.append("operator"),
          "operator must be In, NotIn, Exists or DoesNotExist");
      return;
    }
    List<String> values = textList(node.path("values"), at.append("values"));
    if (needsValues && values.isEmpty()) {
      problem(at, "operator " + operator + " needs values");
    } else if (!needsValues && !values.isEmpty()) {
      problem(at.append("values"), "operator " + operator + " takes no values");
    }
  }

  private Duration timeout(JsonNode node, JsonPointer at, Duration fallback) {
    if (node.isMissingNode()) {
      return fallback;
    }
    Optional<Duration> parsed =
        node.isString() ? GoDurations.parse(node.stringValue()) : Optional.empty();
    if (parsed.isEmpty()) {
      problem(at, "timeout must be a duration such as 2s or 500ms");
      return fallback;
    }
    Duration d = parsed.get();
    if (d.isZero() || d.isNegative() || d.compareTo(MAX_TIMEOUT) > 0) {
      problem(at, "timeout must be more than 0 and at most 30s (the API server's webhook limit)");
      return fallback;
    }
    return d;
  }

  private TimeoutAction timeoutAction(JsonNode node, JsonPointer at, TimeoutAction fallback) {
    if (node.isMissingNode()) {
      return fallback;
    }
    if (node.isString()) {
      switch (node.stringValue()) {
        case "allow":
          return TimeoutAction.ALLOW;
        case "deny":
          return TimeoutAction.DENY;
        default:
          break;
      }
    }
    problem(at, "onTimeout must be allow or deny");
    return fallback;
  }

  private long requestBytes(JsonNode node, JsonPointer at, long fallback) {
    if (node.isMissingNode()) {
      return fallback;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      problem(at, "maxRequestBytes must be a whole number of bytes");
      return fallback;
    }
    long value = node.longValue();
    if (value < MIN_REQUEST_BYTES || value > MAX_REQUEST_BYTES) {
      problem(
          at, "maxRequestBytes must be between " + MIN_REQUEST_BYTES + " and " + MAX_REQUEST_BYTES);
      return fallback;
    }
    return value;
  }

  private void expectText(JsonNode node, JsonPointer at, String key, String expected) {
    String value = text(node, at, key);
    if (value == null) {
      problem(at, "missing " + key + ": " + expected);
    } else if (!value.equals(expected)) {
      problem(at.append(key), key + " must be " + expected + ", not \"" + value + "\"");
    }
  }

  /** A scalar entry as text; null (with a problem when present but not a scalar) otherwise. */
  private String text(JsonNode node, JsonPointer at, String key) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      problem(at.append(key), key + " must be a single value");
      return null;
    }
    return value.asString();
  }

  private List<String> textList(JsonNode node, JsonPointer at) {
    List<String> out = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      problem(at, "expected a list");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (item.isValueNode() && !item.isNull()) {
        out.add(item.asString());
      } else {
        problem(at.append(i), "list entries must be strings");
        out.add(null);
      }
    }
    return out;
  }

  private boolean mapping(JsonNode node, JsonPointer at) {
    if (!node.isObject()) {
      problem(at, "expected a mapping");
      return false;
    }
    return true;
  }

  private boolean optionalMapping(JsonNode node, JsonPointer at) {
    if (node.isMissingNode() || node.isNull()) {
      return false;
    }
    return mapping(node, at);
  }

  private void onlyKeys(JsonNode node, JsonPointer at, Set<String> allowed) {
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        problem(
            at.append(key),
            "unknown key \"" + key + "\" (expected one of " + new TreeSet<>(allowed) + ")");
      }
    }
  }

  private void problem(JsonPointer at, String message) {
    problems.add(new Problem(positions.locate(at), message));
  }
}
