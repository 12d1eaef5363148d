package dev.bulwark.engine;

import dev.bulwark.api.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code .bulwark.yaml} says about running checks.
 *
 * @param enabledOnly when non-empty, only these checks run; they also switch on checks that are
 *     off by default
 * @param disabled checks that do not run
 * @param severities severity overrides by check id
 * @param parameters check parameters by check id, then parameter name
 * @param exemptions suppressions by object criteria
 */
public record EngineConfig(
    Set<String> enabledOnly,
    Set<String> disabled,
    Map<String, Severity> severities,
    Map<String, Map<String, String>> parameters,
    List<Exemption> exemptions) {

  /** The configuration used when there is no config file. */
  public static final EngineConfig DEFAULT =
      new EngineConfig(Set.of(), Set.of(), Map.of(), Map.of(), List.of());

  public EngineConfig {
    enabledOnly = Set.copyOf(enabledOnly);
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
    parameters = Map.copyOf(parameters);
    exemptions = List.copyOf(exemptions);
  }

  /** True when the check should run. */
  public boolean runs(String checkId, boolean enabledByDefault) {
    if (disabled.contains(checkId)) {
      return false;
    }
    return enabledOnly.isEmpty() ? enabledByDefault : enabledOnly.contains(checkId);
  }

  /** The configured value of a parameter, or {@code null}. */
  public String parameter(String checkId, String name) {
    return parameters.getOrDefault(checkId, Map.of()).get(name);
  }
}
