package dev.bulwark.report;

/**
 * How a {@link Reporter} renders a report. The machine formats ({@code json}, {@code sarif}, {@code
 * junit}) ignore these options: they always carry suppressed findings, marked as such, and never
 * contain colour codes.
 *
 * @param color ANSI colours in the {@code table} format. The caller decides, typically only when
 *     standard output is a terminal and {@code NO_COLOR} is unset; reporters never look at the
 *     environment themselves.
 * @param showSuppressed list suppressed findings, marked with their reason, in the {@code table}
 *     and {@code html} formats instead of only counting them
 */
public record ReportOptions(boolean color, boolean showSuppressed) {

  /** No colour, suppressed findings only counted. */
  public static final ReportOptions DEFAULTS = new ReportOptions(false, false);

  /** These options with colour switched on or off. */
  public ReportOptions withColor(boolean color) {
    return new ReportOptions(color, showSuppressed);
  }

  /** These options with suppressed findings listed or only counted. */
  public ReportOptions withShowSuppressed(boolean showSuppressed) {
    return new ReportOptions(color, showSuppressed);
  }
}
