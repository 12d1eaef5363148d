package dev.bulwark.report;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Finding;
import dev.bulwark.api.FrameworkRef;
import dev.bulwark.api.Location;
import dev.bulwark.api.NotEvaluated;
import dev.bulwark.api.Report;
import dev.bulwark.api.Severity;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code json} format: the stable contract of DESIGN.md ("JSON report"). Keys appear in a fixed
 * order; additions beyond the contract ({@code suppression}, {@code column} in errors, {@code
 * warnings}, {@code notEvaluated}, the summary's fields) are purely additive. Suppressed findings
 * are always included, marked {@code "suppressed": true}.
 */
final class JsonReporter implements JsonTreeReporter {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public JsonNode tree(Report report) {
    ObjectNode root = Json.object();
    root.set("tool", tool(report));
    root.set("summary", summary(Summary.of(report)));
    ArrayNode findings = root.putArray("findings");
    report.findings().forEach(f -> findings.add(finding(f)));
    ArrayNode errors = root.putArray("errors");
    ArrayNode warnings = root.putArray("warnings");
    for (Diagnostic diagnostic : report.diagnostics()) {
      (diagnostic.isError() ? errors : warnings).add(diagnostic(diagnostic));
    }
    ArrayNode notEvaluated = root.putArray("notEvaluated");
    report.notEvaluated().forEach(n -> notEvaluated.add(notEvaluated(n)));
    return root;
  }

  /**
   * Streams finding by finding: the bytes of {@link #render}, without the tree of every finding (a
   * cluster's scan has hundreds of thousands).
   */
  @Override
  public void write(Report report, OutputStream out) throws IOException {
    try (JsonGenerator json = Json.prettyGenerator(out)) {
      json.writeStartObject();
      json.writeName("tool");
      json.writeTree(tool(report));
      json.writeName("summary");
      json.writeTree(summary(Summary.of(report)));
      json.writeName("findings");
      json.writeStartArray();
      for (Finding finding : report.findings()) {
        json.writeTree(finding(finding));
      }
      json.writeEndArray();
      for (boolean errors : new boolean[] {true, false}) {
        json.writeName(errors ? "errors" : "warnings");
        json.writeStartArray();
        for (Diagnostic diagnostic : report.diagnostics()) {
          if (diagnostic.isError() == errors) {
            json.writeTree(diagnostic(diagnostic));
          }
        }
        json.writeEndArray();
      }
      json.writeName("notEvaluated");
      json.writeStartArray();
      for (NotEvaluated entry : report.notEvaluated()) {
        json.writeTree(notEvaluated(entry));
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static ObjectNode tool(Report report) {
    ObjectNode tool = Json.object();
    tool.put("name", "bulwark");
    tool.put("version", report.toolVersion());
    return tool;
  }

  private static ObjectNode summary(Summary summary) {
    ObjectNode node = Json.object();
    node.put("objects", summary.objects());
    node.put("files", summary.files());
    ObjectNode findings = node.putObject("findings");
    findings.put("total", summary.unsuppressed());
    for (Severity severity : Summary.MOST_SEVERE_FIRST) {
      findings.put(severity.label(), summary.findings().get(severity));
    }
    node.put("suppressed", summary.suppressed());
    node.put("errors", summary.errors());
    node.put("warnings", summary.warnings());
    node.put("notEvaluated", summary.notEvaluated());
    return node;
  }

  private static ObjectNode finding(Finding finding) {
    ObjectNode node = Json.object();
    node.put("check", finding.check());
    node.put("severity", finding.severity().label());
    node.put("category", finding.category().label());
    node.set("object", Json.objectRef(finding.object()));
    node.put("pointer", finding.pointer().toString());
    node.set("location", location(finding.location()));
    node.put("message", finding.message());
    node.put("remediation", finding.remediation());
    node.put("suppressed", finding.suppressed());
    if (finding.suppressed()) {
      ObjectNode suppression = node.putObject("suppression");
      suppression.put("reason", finding.suppression().reason());
      suppression.put("source", finding.suppression().source());
    }
    ArrayNode frameworks = node.putArray("frameworks");
    for (FrameworkRef framework : finding.frameworks()) {
      frameworks.add(framework.toString());
    }
    return node;
  }

  private static ObjectNode location(Location location) {
    ObjectNode node = Json.object();
    node.put("file", location.file());
    node.put("line", location.line());
    node.put("column", location.column());
    return node;
  }

  private static ObjectNode diagnostic(Diagnostic diagnostic) {
    ObjectNode node = location(diagnostic.location());
    node.put("message", diagnostic.message());
    return node;
  }

  private static ObjectNode notEvaluated(NotEvaluated entry) {
    ObjectNode node = Json.object();
    node.put("check", entry.check());
    if (entry.object() == null) {
      node.putNull("object");
    } else {
      node.set("object", Json.objectRef(entry.object()));
    }
    node.put("reason", entry.reason());
    return node;
  }
}
