package dev.bulwark.admission.psa;

import dev.bulwark.admission.decision.Decision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The statuses upstream's admission plugin answers with, worded as apimachinery's StatusErrors. */
final class PsaResponses {
  /** Upstream's audit annotation keys, before the API server prefixes them. */
  static final String EXEMPT = "exempt";

  static final String AUDIT_VIOLATIONS = "audit-violations";
  static final String ENFORCE_POLICY = "enforce-policy";
  static final String ERROR = "error";

  private PsaResponses() {}

  /**
   * {@code apierrors.NewInvalid} for a Namespace: {@code Namespace "name" is invalid: <errors>}.
   */
  static Decision.Status invalidNamespace(String name, List<String> fieldErrors) {
    return new Decision.Status(
        422,
        "Invalid",
        "Namespace \"" + name + "\" is invalid: " + aggregate(fieldErrors),
        "",
        "Namespace",
        name);
  }

  /** {@code apierrors.NewInternalError}. */
  static Decision.Status internalError(String detail) {
    return new Decision.Status(
        500, "InternalError", "Internal error occurred: " + detail, "", "", "");
  }

  /** apimachinery's aggregate error text: one message alone, several deduplicated in brackets. */
  static String aggregate(List<String> messages) {
    Set<String> distinct = new LinkedHashSet<>(messages);
    if (distinct.size() == 1) {
      return distinct.iterator().next();
    }
    return "[" + String.join(", ", distinct) + "]";
  }
}
