package dev.bulwark.checks.pss;

import java.util.Optional;

/**
 * A Pod Security Standards policy version: {@code latest} or {@code v1.N}. It keeps the text it was
 * written as, because upstream messages print the version the namespace asked for, not the one it
 * resolved to.
 */
public final class PssVersion {
  /** The newest minor version at which any upstream check changes (the sysctls list of v1.37). */
  public static final int NEWEST_KNOWN_MINOR = 37;

  /** The newest rules, whatever Bulwark's newest known version is. */
  public static final PssVersion LATEST = new PssVersion(Integer.MAX_VALUE, "latest");

  /** Upstream's wording when a label holds anything else. */
  static final String VALID_VALUES = "must be \"latest\" or \"v1.x\"";

  private static final String PREFIX = "v1.";

  private final int minor;
  private final String text;

  private PssVersion(int minor, String text) {
    this.minor = minor;
    this.text = text;
  }

  /** Version {@code v1.minor}. */
  public static PssVersion of(int minor) {
    if (minor < 0) {
      throw new IllegalArgumentException("minor version must not be negative: " + minor);
    }
    return new PssVersion(minor, PREFIX + minor);
  }

  /**
   * Parses {@code latest} or {@code v1.N} (N decimal, no leading zeros, no sign), exactly as
   * upstream's {@code ParseVersion} does.
   */
  public static Optional<PssVersion> tryParse(String text) {
    if ("latest".equals(text)) {
      return Optional.of(LATEST);
    }
    if (text == null || !text.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String digits = text.substring(PREFIX.length());
    if (digits.isEmpty() || (digits.length() > 1 && digits.charAt(0) == '0')) {
      return Optional.empty();
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    // Upstream parses into a 64-bit int: anything larger is invalid, anything smaller is valid
    // and simply newer than every known version.
    if (digits.length() > 19) {
      return Optional.empty();
    }
    long value;
    try {
      value = Long.parseLong(digits);
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
    return Optional.of(new PssVersion((int) Math.min(value, Integer.MAX_VALUE - 1L), text));
  }

  /**
   * Parses a version.
   *
   * @throws IllegalArgumentException naming the value when it is neither {@code latest} nor {@code
   *     v1.N}
   */
  public static PssVersion parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "invalid Pod Security version \"" + text + "\": " + VALID_VALUES));
  }

  public boolean isLatest() {
    return minor == Integer.MAX_VALUE;
  }

  /**
   * The minor version whose rules apply: {@code latest} and every version newer than Bulwark knows
   * mean the newest known one, as in upstream's registry.
   */
  public int effectiveMinor() {
    return Math.min(minor, NEWEST_KNOWN_MINOR);
  }

  @Override
  public boolean equals(Object o) {
    // The text is canonical (no sign, no leading zeros), so equal text means the same version.
    return o instanceof PssVersion v && v.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The version as written: {@code latest} or {@code v1.N}. */
  @Override
  public String toString() {
    return text;
  }
}
