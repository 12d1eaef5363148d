package dev.bulwark.report;

import dev.bulwark.api.Report;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a {@link Report} into bytes in one output format. Implementations are pure: the same report
 * and options always give the same bytes (no timestamps, no environment look-ups), and they never
 * print more of an object than the finding messages they are given.
 *
 * <p>Obtain one with {@link Reporters#forFormat(String, ReportOptions)}.
 */
public interface Reporter {

  /** The format's name as accepted by {@code -f}, for example {@code sarif}. */
  String format();

  /**
   * Writes the whole report, UTF-8 encoded, to {@code out}. The stream is flushed but not closed:
   * it belongs to the caller (often {@code System.out}).
   */
  void write(Report report, OutputStream out) throws IOException;
}
