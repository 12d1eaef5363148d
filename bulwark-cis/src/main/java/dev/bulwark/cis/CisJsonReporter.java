package dev.bulwark.cis;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.checks.controlplane.cis.CisResult;
import dev.bulwark.checks.controlplane.cis.Evidence;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code json} format: tool, benchmark, summary, the source of each component's settings, one
 * entry per item (status, reason, evidence with file and line, remediation, the scan check that
 * reports it) and the input problems. Keys appear in a fixed order.
 */
final class CisJsonReporter implements CisReporter {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Override
  public String render(CisReport report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "bulwark");
    tool.put("version", report.toolVersion());
    root.put("benchmark", report.benchmark());
    root.put("nodeRoot", report.nodeRoot());
    ObjectNode summary = root.putObject("summary");
    report
        .counts()
        .forEach((status, count) -> summary.put(status.name().toLowerCase(Locale.ROOT), count));
    ObjectNode sources = root.putObject("sources");
    report.sources().forEach(sources::put);
    ArrayNode results = root.putArray("results");
    report.results().forEach(r -> results.add(result(r)));
    ArrayNode errors = root.putArray("errors");
    ArrayNode warnings = root.putArray("warnings");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode node = (d.isError() ? errors : warnings).addObject();
      node.put("file", d.location().file());
      node.put("line", d.location().line());
      node.put("message", d.message());
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static ObjectNode result(CisResult result) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", result.item().id());
    node.put("group", result.group().id());
    node.put("groupTitle", result.group().title());
    node.put("title", result.item().title());
    node.put("assessment", result.item().assessment());
    node.put("status", result.status().name());
    node.put("reason", result.reason());
    ArrayNode evidence = node.putArray("evidence");
    for (Evidence e : result.evidence()) {
      ObjectNode item = evidence.addObject();
      item.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
      item.put("subject", e.subject());
      item.put("value", e.value());
      if (e.origin() != null) {
        ObjectNode location = item.putObject("location");
        location.put("file", e.origin().location().file());
        location.put("line", e.origin().location().line());
      }
    }
    node.put("remediation", result.item().remediation());
    node.put("scanCheck", result.item().scan().map(s -> s.checkId()).orElse(null));
    return node;
  }
}
