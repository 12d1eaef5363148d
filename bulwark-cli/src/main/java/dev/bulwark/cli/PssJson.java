package dev.bulwark.cli;

import dev.bulwark.report.Json;
import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.ObjectRef;
import dev.bulwark.checks.pss.PssResult;
import dev.bulwark.checks.pss.PssViolation;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON the {@code pss} commands write; same layout rules as the scan report. */
final class PssJson {
  private PssJson() {}

  static ObjectNode object() {
    return Json.object();
  }

  static String pretty(JsonNode node) {
    return Json.pretty(node);
  }

  static ObjectNode objectRef(ObjectRef ref) {
    return Json.objectRef(ref);
  }

  static ObjectNode location(Location location) {
    ObjectNode node = object();
    node.put("file", location.file());
    node.put("line", location.line());
    node.put("column", location.column());
    return node;
  }

  /**
   * {@code level}, {@code version}, {@code allowed}, {@code violations} and {@code message} of one
   * evaluation, added to {@code node}; {@code message} is {@code null} when allowed, else
   * upstream's denial text, or its warning and audit text ("would violate ...") when {@code
   * wouldViolate}.
   */
  static ObjectNode putResult(ObjectNode node, PssResult result, boolean wouldViolate) {
    node.put("level", result.policy().level().label());
    node.put("version", result.policy().version().toString());
    node.put("allowed", result.allowed());
    ArrayNode violations = node.putArray("violations");
    for (PssViolation v : result.violations()) {
      ObjectNode violation = violations.addObject();
      violation.put("check", v.check().id());
      violation.put("reason", v.reason());
      violation.put("detail", v.detail());
      ArrayNode pointers = violation.putArray("pointers");
      for (JsonPointer p : v.pointers()) {
        pointers.add(p.toString());
      }
    }
    node.put(
        "message",
        result.allowed() ? null : wouldViolate ? result.wouldViolateMessage() : result.message());
    return node;
  }

  static ArrayNode errors(List<Diagnostic> diagnostics) {
    return diagnostics(diagnostics, true);
  }

  /** Input warnings (a dump's unreadable kinds among them), in the shape of {@link #errors}. */
  static ArrayNode warnings(List<Diagnostic> diagnostics) {
    return diagnostics(diagnostics, false);
  }

  private static ArrayNode diagnostics(List<Diagnostic> diagnostics, boolean errorsWanted) {
    ArrayNode errors = JsonNodeFactory.instance.arrayNode();
    for (Diagnostic d : diagnostics) {
      if (d.isError() == errorsWanted) {
        ObjectNode error = errors.addObject();
        error.put("file", d.location().file());
        error.put("line", d.location().line());
        error.put("message", d.message());
      }
    }
    return errors;
  }
}
