package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads netpol-analyzer's explain text back into a structure, so two explanations can be compared
 * by content (pairs, port classes, verdicts per side and their reasons) rather than by layout.
 */
final class ExplanationText {
  private ExplanationText() {}

  /** Pair {@code A => B} → its classes, each written {@code verdict ports | side verdict: reasons}. */
  static Map<String, TreeSet<String>> parse(String text) {
    Map<String, TreeSet<String>> pairs = new TreeMap<>();
    String pair = null;
    String verdict = null;
    StringBuilder current = null;
    TreeMap<String, TreeSet<String>> sides = null;
    String side = null;
    boolean defaults = false;
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    lines.add("----");
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("----") || line.startsWith("Connections between ") || line.startsWith("#")) {
        if (current != null) {
          pairs.get(pair).add(current + " | " + sides);
          current = null;
        }
        if (line.startsWith("Connections between ")) {
          pair = line.substring("Connections between ".length(), line.length() - 1);
          pairs.put(pair, new TreeSet<>());
        }
        if (line.contains("All Connections due to the system default")) {
          defaults = true;
        }
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (defaults) {
        pairs.computeIfAbsent(line, k -> new TreeSet<>()).add("Allowed TCP, UDP, SCTP | system default");
        continue;
      }
      if (line.equals("Allowed connections:") || line.equals("Denied connections:")) {
        if (current != null) {
          pairs.get(pair).add(current + " | " + sides);
          current = null;
        }
        verdict = line.startsWith("Allowed") ? "Allowed" : "Denied";
        continue;
      }
      if (raw.startsWith("\t") && !raw.startsWith("\t\t") && (line.startsWith("Allowed ") || line.startsWith("Denied "))) {
        if (current != null) {
          pairs.get(pair).add(current + " | " + sides);
        }
        String ports = line.substring(verdict.length() + 1).replaceAll(" due to .*$", "");
        current = new StringBuilder(verdict + " " + ports);
        sides = new TreeMap<>();
        if (line.endsWith("due to the system default (Allow all)")) {
          sides.put("both", new TreeSet<>(List.of("system default")));
        }
        continue;
      }
      if (line.startsWith("Egress (") || line.startsWith("Ingress (")) {
        side = line;
        sides.put(side, new TreeSet<>());
        continue;
      }
      if (line.endsWith(" list:")) {
        continue;
      }
      String reason = line.startsWith("- ") ? line.substring(2) : line;
      sides.get(side).add(reason);
    }
    return pairs;
  }
}
