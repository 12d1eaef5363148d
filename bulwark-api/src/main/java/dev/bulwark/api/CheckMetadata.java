package dev.bulwark.api;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A check's metadata, read from its {@link CheckInfo} annotation and validated.
 *
 * @param id kebab-case identifier
 * @param summary one line, no trailing period
 * @param description longer explanation, possibly empty
 * @param severity default severity
 * @param category area
 * @param kinds kinds it applies to after expanding {@link CheckInfo#WORKLOADS}; empty = all
 * @param scope what it needs to see
 * @param remediation what to change
 * @param frameworks framework references, sorted
 * @param parameters tunable inputs
 * @param enabledByDefault whether the check runs without being enabled in the config
 */
public record CheckMetadata(
    String id,
    String summary,
    String description,
    Severity severity,
    Category category,
    Set<String> kinds,
    Scope scope,
    String remediation,
    List<FrameworkRef> frameworks,
    List<CheckParameter> parameters,
    boolean enabledByDefault) {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public CheckMetadata {
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException("check id must be kebab-case: " + id);
    }
    if (summary.isBlank() || summary.endsWith(".")) {
      throw new IllegalArgumentException(id + ": summary must be non-empty, no trailing period");
    }
    if (remediation.isBlank()) {
      throw new IllegalArgumentException(id + ": remediation is required");
    }
    kinds = Set.copyOf(kinds);
    frameworks = frameworks.stream().sorted().toList();
    parameters = List.copyOf(parameters);
  }

  /** Reads and validates the {@link CheckInfo} of a check's class. */
  public static CheckMetadata of(Class<?> checkClass) {
    CheckInfo info = checkClass.getAnnotation(CheckInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(checkClass.getName() + " has no @CheckInfo");
    }
    Set<String> kinds =
        Arrays.stream(info.kinds())
            .flatMap(k -> CheckInfo.WORKLOADS.equals(k) ? Workloads.KINDS.stream() : Set.of(k).stream())
            .collect(Collectors.toSet());
    return new CheckMetadata(
        info.id(),
        info.summary(),
        info.description(),
        info.severity(),
        info.category(),
        kinds,
        info.scope(),
        info.remediation(),
        Arrays.stream(info.frameworks()).map(FrameworkRef::parse).toList(),
        Arrays.stream(info.parameters()).map(CheckParameter::parse).toList(),
        info.enabledByDefault());
  }

  /** This metadata with another severity (a config override). */
  public CheckMetadata withSeverity(Severity newSeverity) {
    return new CheckMetadata(
        id, summary, description, newSeverity, category, kinds, scope, remediation, frameworks,
        parameters, enabledByDefault);
  }

  /** True when the check should look at objects of this kind. */
  public boolean appliesTo(String kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }
}
