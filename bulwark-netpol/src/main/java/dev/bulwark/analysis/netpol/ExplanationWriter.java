package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes explanations in netpol-analyzer's text layout: a section per pair with its allowed and
 * denied port classes, each with its egress and ingress reasons; pairs that only the system
 * default decides are listed together at the end. With locations on, each reason is followed by
 * the file and line of the rule.
 */
public final class ExplanationWriter {
  private static final String PAIR_SEPARATOR = "-".repeat(160) + "\n";
  private final boolean locations;

  /** {@code locations}: append {@code (file:line)} to reasons. */
  public ExplanationWriter(boolean locations) {
    this.locations = locations;
  }

  public String write(List<PairExplanation> pairs) {
    StringBuilder specific = new StringBuilder();
    List<String> defaults = new ArrayList<>();
    for (PairExplanation p : pairs) {
      if (p.onlyDefault()) {
        defaults.add(p.src().displayName() + " => " + p.dst().displayName());
        continue;
      }
      specific.append(PAIR_SEPARATOR).append(pair(p));
    }
    StringBuilder sb = new StringBuilder();
    if (specific.length() > 0) {
      sb.append(box("Specific connections and their reasons")).append(specific);
    }
    if (!defaults.isEmpty()) {
      sb.append(box("All Connections due to the system default (Allow all)"));
      for (String d : defaults) {
        sb.append(d).append('\n');
      }
    }
    return sb.toString();
  }

  /** One pair: {@code Connections between A => B:} then its classes. */
  public String pair(PairExplanation p) {
    return "Connections between " + p.src().displayName() + " => " + p.dst().displayName() + ":\n\n"
        + classes(p.allowedClasses(), true) + classes(p.deniedClasses(), false);
  }

  private static String box(String title) {
    String line = "# " + title + " #";
    String hashes = "#".repeat(line.length());
    return "\n" + hashes + "\n" + line + "\n" + hashes + "\n";
  }

  private String classes(List<PortClass> classes, boolean allowed) {
    if (classes.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(allowed ? "Allowed" : "Denied").append(" connections:\n");
    for (PortClass c : classes) {
      sb.append('\t').append(allowed ? "Allowed " : "Denied ").append(c.portsText());
      if (c.egress().onlyDefault() && c.ingress().onlyDefault()) {
        sb.append(" due to the system default (Allow all)\n");
      } else {
        sb.append(" due to the following policies and rules:\n");
        sb.append(side("Egress", c.egress())).append(side("Ingress", c.ingress()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private String side(String direction, SideVerdict v) {
    StringBuilder sb = new StringBuilder("\t\t").append(direction).append(v.allowed() ? " (Allowed)" : " (Denied)");
    if (v.onlyDefault()) {
      return sb.append(" due to the system default (Allow all)\n").toString();
    }
    // Grouped by kind, the most precedent layer first, as netpol-analyzer groups them.
    Map<String, List<Reason>> byKind = new TreeMap<>((a, b) -> {
      int c = Integer.compare(layer(b), layer(a));
      return c != 0 ? c : a.compareTo(b);
    });
    for (Reason r : v.reasons()) {
      byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<Reason>> e : byKind.entrySet()) {
      List<String> texts = new ArrayList<>();
      Map<String, Reason> unique = new LinkedHashMap<>();
      for (Reason r : e.getValue()) {
        unique.putIfAbsent(text(r), r);
      }
      texts.addAll(unique.keySet());
      texts.sort(null);
      if (texts.size() == 1) {
        sb.append("\n\t\t\t").append(texts.get(0));
      } else {
        sb.append("\n\t\t\t").append(e.getKey().isEmpty() ? "" : e.getKey() + " ").append("list:\n");
        for (String t : texts) {
          sb.append("\t\t\t\t- ").append(t).append('\n');
        }
      }
    }
    return sb.append('\n').toString();
  }

  private String text(Reason r) {
    String t = r.isSystemDefault() ? "due to " + r.text() : r.text();
    return locations && r.location() != null && r.location().line() > 0 ? t + " (" + r.location() + ")" : t;
  }

  private static int layer(String kind) {
    return switch (kind) {
      case "AdminNetworkPolicy" -> 3;
      case "NetworkPolicy", "Route", "Ingress" -> 2;
      case "BaselineAdminNetworkPolicy" -> 1;
      default -> 0;
    };
  }
}
