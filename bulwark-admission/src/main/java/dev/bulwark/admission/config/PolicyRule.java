package dev.bulwark.admission.config;

import dev.bulwark.api.Severity;
import dev.bulwark.checks.support.LabelSelector;
import dev.bulwark.engine.RegisteredCheck;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Bulwark policy: checks from the catalog applied in one mode to the namespaces a selector
 * picks.
 *
 * @param name unique name, quoted in messages
 * @param mode enforce, warn or audit
 * @param checks the checks, resolved against the registry, in the order written
 * @param namespaceSelector which namespaces' objects the rule applies to
 * @param minSeverity violations below this severity are ignored
 * @param parameters check parameters by check id, then parameter name (else declared defaults)
 */
public record PolicyRule(
    String name,
    PolicyMode mode,
    List<RegisteredCheck> checks,
    LabelSelector namespaceSelector,
    Severity minSeverity,
    Map<String, Map<String, String>> parameters) {

  public PolicyRule {
    Objects.requireNonNull(name);
    Objects.requireNonNull(mode);
    checks = List.copyOf(checks);
    Objects.requireNonNull(namespaceSelector);
    Objects.requireNonNull(minSeverity);
    parameters = Map.copyOf(parameters);
  }
}
