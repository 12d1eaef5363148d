package dev.bulwark.report;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Finding;
import dev.bulwark.api.NotEvaluated;
import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code sarif} format: SARIF 2.1.0 as GitHub code scanning accepts it. One run; a rule per
 * check; a result per finding, located by file, line and column and by the object's name;
 * suppressed findings carry {@code suppressions} (GitHub then closes the alert). Input problems and
 * checks that could not be evaluated become tool execution notifications: the scan itself
 * succeeded, so {@code executionSuccessful} is true.
 */
final class SarifReporter implements JsonTreeReporter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT = "bulwark/v1";
  private static final String SARIF_VERSION = "2.1.0";
  /** The loader counts columns in code points, not UTF-16 units. */
  private static final String COLUMN_KIND = "unicodeCodePoints";

  private static final Pattern SEMVER =
      Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  @Override
  public String format() {
    return "sarif";
  }

  /**
   * The same bytes as printing {@link #tree}, streamed: the results are rendered in parallel chunks
   * and written as they are ready, so a whole-cluster scan never holds the document in memory.
   */
  @Override
  public void write(Report report, OutputStream out) throws IOException {
    SarifRules rules = SarifRules.of(report);
    PrettyJsonObjectWriter root = new PrettyJsonObjectWriter(out);
    root.member("$schema", Json.text(SCHEMA));
    root.member("version", Json.text(SARIF_VERSION));
    PrettyJsonObjectWriter run = root.arrayOfOneObject("runs");
    run.member("tool", tool(report, rules));
    run.member("invocations", invocations(report, rules));
    run.array("results", report.findings(), f -> result(f, rules));
    run.member("columnKind", Json.text(COLUMN_KIND));
    run.end();
    root.end();
    out.flush();
  }

  @Override
  public JsonNode tree(Report report) {
    SarifRules rules = SarifRules.of(report);
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA);
    root.put("version", SARIF_VERSION);
    ObjectNode run = root.putArray("runs").addObject();
    run.set("tool", tool(report, rules));
    run.set("invocations", invocations(report, rules));
    ArrayNode results = run.putArray("results");
    report.findings().forEach(f -> results.add(result(f, rules)));
    run.put("columnKind", COLUMN_KIND);
    return root;
  }

  private static ObjectNode tool(Report report, SarifRules rules) {
    ObjectNode tool = Json.object();
    tool.set("driver", driver(report, rules));
    return tool;
  }

  private static ArrayNode invocations(Report report, SarifRules rules) {
    return JsonNodeFactory.instance.arrayNode().add(invocation(report, rules));
  }

  private static ObjectNode driver(Report report, SarifRules rules) {
    ObjectNode driver = Json.object();
    driver.put("name", "Bulwark");
    driver.put("informationUri", Links.PROJECT);
    driver.put("version", report.toolVersion());
    if (SEMVER.matcher(report.toolVersion()).matches()) {
      driver.put("semanticVersion", report.toolVersion());
    }
    driver.set("rules", rules.toJson());
    return driver;
  }

  private static ObjectNode invocation(Report report, SarifRules rules) {
    ObjectNode invocation = Json.object();
    invocation.put("executionSuccessful", true);
    if (report.diagnostics().isEmpty() && report.notEvaluated().isEmpty()) {
      return invocation;
    }
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (Diagnostic diagnostic : report.diagnostics()) {
      ObjectNode notification = notifications.addObject();
      notification.put("level", diagnostic.isError() ? "error" : "warning");
      notification.putObject("message").put("text", diagnostic.message());
      notification
          .putArray("locations")
          .addObject()
          .set("physicalLocation", SarifLocations.physical(diagnostic.location()));
    }
    for (NotEvaluated entry : report.notEvaluated()) {
      ObjectNode notification = notifications.addObject();
      notification.put("level", "warning");
      notification.putObject("message").put("text", notEvaluatedText(entry));
      if (entry.object() != null) {
        notification
            .putArray("locations")
            .addObject()
            .putArray("logicalLocations")
            .add(SarifLocations.logical(entry.object()));
      }
      if (rules.has(entry.check())) {
        ObjectNode rule = notification.putObject("associatedRule");
        rule.put("id", entry.check());
        rule.put("index", rules.indexOf(entry.check()));
      }
    }
    return invocation;
  }

  private static String notEvaluatedText(NotEvaluated entry) {
    String on = entry.object() == null ? "" : " on " + entry.object();
    return entry.check() + " was not evaluated" + on + ": " + entry.reason();
  }

  private static ObjectNode result(Finding finding, SarifRules rules) {
    ObjectNode result = Json.object();
    result.put("ruleId", finding.check());
    result.put("ruleIndex", rules.indexOf(finding.check()));
    result.put("level", SarifRules.level(finding.severity()));
    result.putObject("message").put("text", finding.message());
    ObjectNode location = result.putArray("locations").addObject();
    location.set("physicalLocation", SarifLocations.physical(finding.location()));
    location.putArray("logicalLocations").add(SarifLocations.logical(finding.object()));
    result.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(finding));
    ObjectNode properties = result.putObject("properties");
    properties.put("severity", finding.severity().label());
    properties.put("category", finding.category().label());
    properties.put("pointer", finding.pointer().toString());
    properties.set("object", Json.objectRef(finding.object()));
    if (finding.suppressed()) {
      ObjectNode suppression = result.putArray("suppressions").addObject();
      // Annotations live in the scanned file itself; config exemptions live elsewhere.
      suppression.put(
          "kind", "annotation".equals(finding.suppression().source()) ? "inSource" : "external");
      suppression.put("status", "accepted");
      suppression.put("justification", finding.suppression().reason());
    }
    return result;
  }

  /**
   * Identifies a finding across runs by what it is about, not where: check, object and field stay
   * the same when lines above move, so code scanning keeps the alert instead of opening a new one.
   */
  static String fingerprint(Finding finding) {
    ObjectRef object = finding.object();
    String identity =
        String.join(
            "\n",
            finding.check(),
            Objects.toString(object.apiVersion(), ""),
            Objects.toString(object.kind(), ""),
            Objects.toString(object.namespace(), ""),
            Objects.toString(object.name(), ""),
            finding.pointer().toString());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
