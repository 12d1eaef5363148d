package dev.bulwark.report;

import dev.bulwark.api.Report;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.databind.JsonNode;

/**
 * A format that is a JSON tree. It streams the tree to the output instead of going through one
 * string, which for a whole-cluster scan would hold the report twice more in memory.
 */
interface JsonTreeReporter extends TextReporter {

  /** The report as a JSON tree. */
  JsonNode tree(Report report);

  @Override
  default String render(Report report) {
    return Json.pretty(tree(report));
  }

  @Override
  default void write(Report report, OutputStream out) throws IOException {
    Json.writePretty(tree(report), out);
    out.flush();
  }
}
