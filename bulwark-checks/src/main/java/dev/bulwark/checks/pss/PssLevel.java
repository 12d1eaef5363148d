package dev.bulwark.checks.pss;

import java.util.Optional;

/** The three Pod Security Standards profiles, declared from least to most strict. */
public enum PssLevel {
  PRIVILEGED("privileged"),
  BASELINE("baseline"),
  RESTRICTED("restricted");

  /** Upstream's wording when a label holds anything else. */
  static final String VALID_VALUES = "must be one of privileged, baseline, restricted";

  private final String label;

  PssLevel(String label) {
    this.label = label;
  }

  /** The name as namespace labels and messages write it, e.g. {@code restricted}. */
  public String label() {
    return label;
  }

  /** The level a label value names; exact and case-sensitive, as upstream parses it. */
  public static Optional<PssLevel> tryParse(String text) {
    for (PssLevel level : values()) {
      if (level.label.equals(text)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /**
   * The level a value names.
   *
   * @throws IllegalArgumentException naming the value when it is not a level
   */
  public static PssLevel parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "invalid Pod Security level \"" + text + "\": " + VALID_VALUES));
  }

  /** True when this level forbids more than {@code other}. */
  public boolean isStricterThan(PssLevel other) {
    return compareTo(other) > 0;
  }

  @Override
  public String toString() {
    return label;
  }
}
