package dev.bulwark.engine;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Suppression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a finding is suppressed, by an {@code ignore-check.bulwark.dev/<id>} annotation
 * on the object or by a config exemption. An annotation without a reason and an expired exemption
 * do not suppress, and each says so once as a diagnostic.
 */
final class Suppressor {
  static final String ANNOTATION_PREFIX = "ignore-check.bulwark.dev/";

  private final List<Exemption> exemptions;
  private final LocalDate today;
  private final Set<Exemption> expiredReported = ConcurrentHashMap.newKeySet();
  private final List<Diagnostic> diagnostics = java.util.Collections.synchronizedList(new ArrayList<>());

  Suppressor(List<Exemption> exemptions, LocalDate today) {
    this.exemptions = exemptions;
    this.today = today;
  }

  /** Why the check's finding on this resource is suppressed, if it is. */
  Optional<Suppression> suppression(String checkId, Resource resource) {
    String reason = resource.annotations().get(ANNOTATION_PREFIX + checkId);
    if (reason != null && !reason.isBlank()) {
      return Optional.of(new Suppression(reason.trim(), "annotation"));
    }
    for (Exemption e : exemptions) {
      if (!e.covers(checkId, resource)) {
        continue;
      }
      if (e.expiredOn(today)) {
        if (expiredReported.add(e)) {
          diagnostics.add(
              Diagnostic.warning(
                  e.location(),
                  e.describe() + " expired on " + e.expires() + "; its findings are reported again"));
        }
        continue;
      }
      return Optional.of(new Suppression(e.reason(), "config"));
    }
    return Optional.empty();
  }

  /** Annotation problems on one object: empty reasons and unknown check ids. */
  List<Diagnostic> annotationProblems(Resource resource, Set<String> knownChecks) {
    List<Diagnostic> out = new ArrayList<>();
    for (Map.Entry<String, String> a : resource.annotations().entrySet()) {
      if (!a.getKey().startsWith(ANNOTATION_PREFIX)) {
        continue;
      }
      String checkId = a.getKey().substring(ANNOTATION_PREFIX.length());
      var at = resource.locate(JsonPointer.of("metadata", "annotations", a.getKey()));
      if (!knownChecks.contains(checkId)) {
        out.add(
            Diagnostic.warning(at, resource.ref() + ": annotation " + a.getKey() + " names an unknown check"));
      } else if (a.getValue().isBlank()) {
        out.add(
            Diagnostic.error(
                at,
                resource.ref()
                    + ": annotation "
                    + a.getKey()
                    + " has an empty reason, so it suppresses nothing; say why the finding is accepted"));
      }
    }
    return out;
  }

  /** Diagnostics raised while suppressing (expired exemptions). */
  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
