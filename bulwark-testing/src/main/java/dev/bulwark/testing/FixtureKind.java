package dev.bulwark.testing;

import java.util.Optional;

/** What a fixture must show, from its file name prefix. */
public enum FixtureKind {
  /** {@code pass-*}: no finding of the check, no marker. */
  PASS("pass-"),
  /** {@code fail-*}: exactly the findings its markers announce. */
  FAIL("fail-"),
  /** {@code not-evaluated-*}: no finding, and the check reports it could not decide. */
  NOT_EVALUATED("not-evaluated-");

  private final String prefix;

  FixtureKind(String prefix) {
    this.prefix = prefix;
  }

  /** The kind named by a fixture file name, if it names one. */
  public static Optional<FixtureKind> of(String fileName) {
    boolean yaml = fileName.endsWith(".yaml") || fileName.endsWith(".yml") || fileName.endsWith(".json");
    for (FixtureKind kind : values()) {
      if (yaml && fileName.startsWith(kind.prefix)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
