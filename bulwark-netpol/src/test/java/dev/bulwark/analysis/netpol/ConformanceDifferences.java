package dev.bulwark.analysis.netpol;

import java.util.Map;

/**
 * Where our answer deliberately differs from netpol-analyzer's golden file, the answer we expect
 * instead and why (also in docs/netpol.md). Everything else must match exactly.
 */
final class ConformanceDifferences {
  /** Case/format → our expected output (or, for errors, message substring). */
  private static final Map<String, String> OURS = Map.of(
      // netpol-analyzer's message says "is legal" where it means "is illegal".
      "error_illegal_port_range/error",
      "port range 10-1 is illegal; start and end values of the port range should be in {1-65535} and end may not be less than start");

  private ConformanceDifferences() {}

  static String expected(ConformanceCases.Case c, String format) {
    String ours = OURS.get(c.name() + "/" + format);
    return ours != null ? ours : c.expected(format);
  }
}
