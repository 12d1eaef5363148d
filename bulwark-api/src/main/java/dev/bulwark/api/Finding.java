package dev.bulwark.api;

import java.util.Comparator;
import java.util.List;

/**
 * One problem in one object, as reported.
 *
 * @param check the check id
 * @param severity effective severity (after config overrides)
 * @param category the check's area
 * @param object the object concerned
 * @param pointer the offending field
 * @param location where {@code pointer} is in the source
 * @param message what is wrong
 * @param remediation what to change
 * @param suppression why the finding is suppressed, or {@code null}
 * @param frameworks framework references of the check
 */
public record Finding(
    String check,
    Severity severity,
    Category category,
    ObjectRef object,
    JsonPointer pointer,
    Location location,
    String message,
    String remediation,
    Suppression suppression,
    List<FrameworkRef> frameworks) {

  /** Report order: by file and line, then object, check and pointer; stable across runs. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location)
          .thenComparing(Finding::object)
          .thenComparing(Finding::check)
          .thenComparing(Finding::pointer)
          .thenComparing(Finding::message);

  public Finding {
    frameworks = List.copyOf(frameworks);
  }

  public boolean suppressed() {
    return suppression != null;
  }

  /** This finding with a suppression attached. */
  public Finding withSuppression(Suppression s) {
    return new Finding(
        check, severity, category, object, pointer, location, message, remediation, s, frameworks);
  }
}
