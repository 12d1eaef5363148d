package dev.bulwark.checks.audit;

import java.util.Optional;

/** How much of a request an audit event records, from nothing to the response body. */
public enum AuditLevel {
  NONE("None"),
  METADATA("Metadata"),
  REQUEST("Request"),
  REQUEST_RESPONSE("RequestResponse");

  private final String text;

  AuditLevel(String text) {
    this.text = text;
  }

  /** The level as a policy writes it, e.g. {@code RequestResponse}. */
  public String text() {
    return text;
  }

  /** Parses a policy's {@code level}; empty for anything else (the API server refuses it). */
  public static Optional<AuditLevel> parse(String text) {
    for (AuditLevel level : values()) {
      if (level.text.equals(text)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public boolean atLeast(AuditLevel other) {
    return compareTo(other) >= 0;
  }
}
