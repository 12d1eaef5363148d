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
 * @param reads kinds it reads from the inventory besides the judged object, expanded; empty when it
 *     reads nothing else
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
    boolean enabledByDefault,
    Set<String> reads) {

  /** The kinds {@link CheckInfo#RBAC} stands for. */
  public static final Set<String> RBAC_KINDS =
      Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

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
    reads = Set.copyOf(reads);
  }

  /** Metadata of a check that reads nothing from the inventory but the judged object. */
  public CheckMetadata(
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
    this(
        id, summary, description, severity, category, kinds, scope, remediation, frameworks,
        parameters, enabledByDefault, Set.of());
  }

  /** Reads and validates the {@link CheckInfo} of a check's class. */
  public static CheckMetadata of(Class<?> checkClass) {
    CheckInfo info = checkClass.getAnnotation(CheckInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(checkClass.getName() + " has no @CheckInfo");
    }
    Set<String> kinds = expand(info.kinds());
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
        info.enabledByDefault(),
        expand(info.reads()));
  }

  private static Set<String> expand(String[] kinds) {
    return Arrays.stream(kinds)
        .flatMap(
            k ->
                switch (k) {
                  case CheckInfo.WORKLOADS -> Workloads.KINDS.stream();
                  case CheckInfo.RBAC -> RBAC_KINDS.stream();
                  default -> Set.of(k).stream();
                })
        .collect(Collectors.toSet());
  }

  /** This metadata with another severity (a config override). */
  public CheckMetadata withSeverity(Severity newSeverity) {
    return new CheckMetadata(
        id, summary, description, newSeverity, category, kinds, scope, remediation, frameworks,
        parameters, enabledByDefault, reads);
  }

  /** True when the check should look at objects of this kind. */
  public boolean appliesTo(String kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }
}
