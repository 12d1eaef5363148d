package dev.bulwark.admission.config;

/** What the server answers when it cannot decide a review within the configured timeout. */
public enum TimeoutAction {
  /** Allow, with a warning and an audit annotation saying the review was not evaluated. */
  ALLOW,
  /** Deny, so nothing unreviewed gets in (the cluster may stall if the webhook is down). */
  DENY
}
