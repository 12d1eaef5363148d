package dev.bulwark.checks.pss;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a namespace's {@code pod-security.kubernetes.io/*} labels make each mode evaluate, resolved
 * as upstream's admission plugin resolves them: a missing label takes the default; an invalid
 * enforce level fails closed ({@code restricted}), an invalid audit or warn level fails open
 * ({@code privileged}), an invalid version means {@code latest}; and warn follows a valid, stricter
 * enforce level when it has no label of its own.
 *
 * @param enforce what the enforce mode evaluates
 * @param audit what the audit mode evaluates
 * @param warn what the warn mode evaluates
 * @param labelErrors invalid labels, in upstream's wording; evaluation still uses the fallbacks
 */
public record PssNamespacePolicy(
    PssPolicy enforce, PssPolicy audit, PssPolicy warn, List<String> labelErrors) {

  private static final PssPolicy PRIVILEGED_LATEST =
      new PssPolicy(PssLevel.PRIVILEGED, PssVersion.LATEST);

  /** Upstream's defaults without an admission configuration: privileged:latest for every mode. */
  public static final PssNamespacePolicy DEFAULTS =
      new PssNamespacePolicy(PRIVILEGED_LATEST, PRIVILEGED_LATEST, PRIVILEGED_LATEST, List.of());

  public PssNamespacePolicy {
    Objects.requireNonNull(enforce);
    Objects.requireNonNull(audit);
    Objects.requireNonNull(warn);
    labelErrors = List.copyOf(labelErrors);
  }

  /** The policy a mode evaluates. */
  public PssPolicy policy(PssMode mode) {
    return switch (mode) {
      case ENFORCE -> enforce;
      case AUDIT -> audit;
      case WARN -> warn;
    };
  }

  /** True when every mode is privileged, so nothing is evaluated at all. */
  public boolean fullyPrivileged() {
    return enforce.level() == PssLevel.PRIVILEGED
        && audit.level() == PssLevel.PRIVILEGED
        && warn.level() == PssLevel.PRIVILEGED;
  }

  /** Resolves a namespace's labels against these defaults (other labels are ignored). */
  public PssNamespacePolicy resolve(Map<String, String> labels) {
    if (labels.isEmpty()) {
      return this;
    }
    Map<PssMode, PssLevel> levels = new EnumMap<>(PssMode.class);
    Map<PssMode, PssVersion> versions = new EnumMap<>(PssMode.class);
    List<String> errors = new ArrayList<>();
    for (PssMode mode : PssMode.values()) {
      levels.put(mode, policy(mode).level());
      versions.put(mode, policy(mode).version());
      String level = labels.get(mode.levelLabel());
      if (level != null) {
        PssLevel parsed = PssLevel.tryParse(level).orElse(null);
        if (parsed == null) {
          errors.add(invalid(mode.levelLabel(), level, PssLevel.VALID_VALUES));
          // Enforce fails closed; audit and warn fail open.
          parsed = mode == PssMode.ENFORCE ? PssLevel.RESTRICTED : PssLevel.PRIVILEGED;
        }
        levels.put(mode, parsed);
      }
      String version = labels.get(mode.versionLabel());
      if (version != null) {
        PssVersion parsed = PssVersion.tryParse(version).orElse(null);
        if (parsed == null) {
          errors.add(invalid(mode.versionLabel(), version, PssVersion.VALID_VALUES));
          parsed = PssVersion.LATEST;
        }
        versions.put(mode, parsed);
      }
    }
    boolean validEnforceLabel =
        labels.containsKey(PssMode.ENFORCE.levelLabel())
            && PssLevel.tryParse(labels.get(PssMode.ENFORCE.levelLabel())).isPresent();
    if (!labels.containsKey(PssMode.WARN.levelLabel())
        && validEnforceLabel
        && levels.get(PssMode.ENFORCE).isStricterThan(levels.get(PssMode.WARN))) {
      levels.put(PssMode.WARN, levels.get(PssMode.ENFORCE));
      if (!labels.containsKey(PssMode.WARN.versionLabel())) {
        versions.put(PssMode.WARN, versions.get(PssMode.ENFORCE));
      }
    }
    return new PssNamespacePolicy(
        new PssPolicy(levels.get(PssMode.ENFORCE), versions.get(PssMode.ENFORCE)),
        new PssPolicy(levels.get(PssMode.AUDIT), versions.get(PssMode.AUDIT)),
        new PssPolicy(levels.get(PssMode.WARN), versions.get(PssMode.WARN)),
        errors);
  }

  /** Upstream's field error text, e.g. for {@code kubectl label} rejecting the value. */
  private static String invalid(String label, String value, String expected) {
    return "metadata.labels["
        + label
        + "]: Invalid value: "
        + Phrases.goQuote(value)
        + ": "
        + expected;
  }
}
