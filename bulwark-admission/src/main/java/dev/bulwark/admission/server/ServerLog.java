package dev.bulwark.admission.server;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One line per server event ({@code time level event message}), to stderr by default. */
public final class ServerLog {
  private final PrintStream out;

  public ServerLog(PrintStream out) {
    this.out = out;
  }

  /** Logs to standard error. */
  public static ServerLog stderr() {
    return new ServerLog(System.err);
  }

  public void info(String event, String message) {
    line("INFO", event, message);
  }

  public void warn(String event, String message) {
    line("WARN", event, message);
  }

  public void error(String event, String message) {
    line("ERROR", event, message);
  }

  private void line(String level, String event, String message) {
    String text = message.replace('\n', ' ').replace('\r', ' ');
    // println on a PrintStream is synchronized, so lines from several threads never interleave.
    out.println(
        Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + level + " " + event + " " + text);
  }
}
