package dev.bulwark.checks.pss;

import java.util.Objects;

/**
 * A level at a version, e.g. {@code restricted:latest}: what one namespace mode (enforce, audit,
 * warn) or one {@code bulwark pss --level --version} run evaluates against.
 *
 * @param level the profile
 * @param version the policy version, as written
 */
public record PssPolicy(PssLevel level, PssVersion version) {

  public PssPolicy {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(version, "version");
  }

  /** Parses both parts; the exception names the invalid value. */
  public static PssPolicy parse(String level, String version) {
    return new PssPolicy(PssLevel.parse(level), PssVersion.parse(version));
  }

  /** {@code level:version}, as upstream messages quote it. */
  @Override
  public String toString() {
    return level.label() + ":" + version;
  }
}
