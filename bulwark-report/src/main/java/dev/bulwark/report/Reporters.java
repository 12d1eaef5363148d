package dev.bulwark.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The catalogue of output formats: {@code table}, {@code json}, {@code sarif}, {@code junit},
 * {@code html}.
 */
public final class Reporters {

  private static final List<String> FORMATS = List.of("table", "json", "sarif", "junit", "html");

  private Reporters() {}

  /**
   * The reporter for a format name (case-insensitive, surrounding blanks ignored).
   *
   * @throws IllegalArgumentException when the format is unknown; the message names it and lists the
   *     accepted formats, so the CLI can show it as is
   */
  public static Reporter forFormat(String format, ReportOptions options) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    return switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "table" -> new TableReporter(options);
      case "json" -> new JsonReporter();
      case "sarif" -> new SarifReporter();
      case "junit" -> new JunitReporter();
      case "html" -> new HtmlReporter(options);
      default ->
          throw new IllegalArgumentException(
              "unknown report format '" + format + "' (expected " + acceptedFormats() + ")");
    };
  }

  /** Every format name, in the order help texts list them. */
  public static List<String> formats() {
    return FORMATS;
  }

  private static String acceptedFormats() {
    List<String> allButLast = FORMATS.subList(0, FORMATS.size() - 1);
    return String.join(", ", allButLast) + " or " + FORMATS.get(FORMATS.size() - 1);
  }
}
