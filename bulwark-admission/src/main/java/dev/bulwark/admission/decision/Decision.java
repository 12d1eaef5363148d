package dev.bulwark.admission.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one evaluator (Pod Security admission, Bulwark policy) says about a request: allowed or
 * denied with a status, plus warnings and audit annotations. Mutable while one request is
 * evaluated; never shared between threads.
 */
public final class Decision {
  private Status denial;
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, String> auditAnnotations = new TreeMap<>();

  /**
   * Why a request is denied: a {@code metav1.Status}.
   *
   * @param code HTTP code, e.g. 403
   * @param reason a StatusReason, e.g. {@code Forbidden}
   * @param message the human-readable message
   * @param detailsGroup the group for {@code details.group}
   * @param detailsKind the resource (Forbidden) or kind (Invalid) for {@code details.kind}
   * @param detailsName the object name for {@code details.name}
   */
  public record Status(
      int code,
      String reason,
      String message,
      String detailsGroup,
      String detailsKind,
      String detailsName) {
    public Status {
      Objects.requireNonNull(reason);
      Objects.requireNonNull(message);
      Objects.requireNonNull(detailsGroup);
      Objects.requireNonNull(detailsKind);
      Objects.requireNonNull(detailsName);
    }

    /**
     * apimachinery's {@code NewForbidden}: {@code pods "name" is forbidden: <reason>}, or {@code
     * pods is forbidden: <reason>} when the request names no object.
     */
    public static Status forbidden(AdmissionRequest request, String reason) {
      String resource = request.qualifiedResource();
      String message =
          request.name().isEmpty()
              ? resource + " is forbidden: " + reason
              : resource + " \"" + request.name() + "\" is forbidden: " + reason;
      return new Status(
          403, "Forbidden", message, request.group(), request.resource(), request.name());
    }
  }

  public boolean allowed() {
    return denial == null;
  }

  /** The denial, or null when allowed. */
  public Status denial() {
    return denial;
  }

  public void deny(Status status) {
    this.denial = Objects.requireNonNull(status);
  }

  public List<String> warnings() {
    return warnings;
  }

  public void warn(String warning) {
    warnings.add(warning);
  }

  /** Audit annotations, sorted by key. */
  public Map<String, String> auditAnnotations() {
    return auditAnnotations;
  }

  public void annotate(String key, String value) {
    auditAnnotations.put(key, value);
  }
}
