package dev.bulwark.cis;

import java.util.List;
import java.util.Map;

/** The formats of {@code bulwark cis -f}. */
public final class CisReporters {
  private static final Map<String, CisReporter> BY_FORMAT =
      Map.of(
          "table",
          new CisTableReporter(),
          "json",
          new CisJsonReporter(),
          "junit",
          new CisJunitReporter());

  private CisReporters() {}

  /** Format names, sorted. */
  public static List<String> formats() {
    return BY_FORMAT.keySet().stream().sorted().toList();
  }

  /** The reporter of a format; throws, naming the formats, when unknown. */
  public static CisReporter forFormat(String format) {
    CisReporter reporter = BY_FORMAT.get(format);
    if (reporter == null) {
      throw new IllegalArgumentException(
          "unknown format '" + format + "' (expected " + String.join(", ", formats()) + ")");
    }
    return reporter;
  }
}
