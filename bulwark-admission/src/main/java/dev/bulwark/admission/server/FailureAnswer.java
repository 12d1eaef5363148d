package dev.bulwark.admission.server;

/**
 * What the server answers when it cannot evaluate a review: on timeout, overload or a handler
 * failure. Mirrors the webhook's {@code failurePolicy} (Ignore/Fail), but decided by us so the
 * answer carries a clear message.
 */
public enum FailureAnswer {
  /** Allow, with a warning and an audit annotation (the default: a cluster never deadlocks). */
  ALLOW,
  /** Deny with status code 500 and a message saying why. */
  DENY
}
