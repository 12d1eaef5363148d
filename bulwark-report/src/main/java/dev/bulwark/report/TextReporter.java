package dev.bulwark.report;

import dev.bulwark.api.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A reporter that renders the whole report as one string first. Reports are small next to the
 * inputs they describe, and a string makes every format trivially testable against golden files.
 */
interface TextReporter extends Reporter {

  /** The complete output, ending with a newline. */
  String render(Report report);

  @Override
  default void write(Report report, OutputStream out) throws IOException {
    out.write(render(report).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
