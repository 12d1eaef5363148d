package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;

/** Go's {@code json.MarshalIndent} of the lines (two-space indent, no final newline). */
final class JsonListingWriter extends ListingWriter {
  private final FocusConnection focus;
  private final List<String[]> lines = new ArrayList<>();

  JsonListingWriter(Appendable out, FocusConnection focus) {
    super(out);
    this.focus = focus;
  }

  @Override
  public void accept(ConnectionLine line) {
    lines.add(new String[] {line.src().displayName(), line.dst().displayName(), line.text()});
  }

  @Override
  public void finish(ExposureReport exposure) {
    if (exposure == null) {
      write(array(lines, ""));
      return;
    }
    String connlistKey = focus == null ? "connlist_results" : "connlist_conn_focus_results";
    String exposureKey = focus == null ? "exposure_results" : "exposure_conn_focus_results";
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  ").append(GoText.json(connlistKey)).append(": ").append(array(lines, "  ")).append(",\n");
    sb.append("  ").append(GoText.json(exposureKey)).append(": {\n");
    sb.append("    \"egress_exposure\": ").append(nullable(exposure.egress(), false)).append(",\n");
    sb.append("    \"ingress_exposure\": ").append(nullable(exposure.ingress(), true)).append("\n");
    sb.append("  }\n}");
    write(sb.toString());
  }

  /** Go writes a nil slice as {@code null}, which is what an empty exposure section is. */
  private String nullable(List<ExposureReport.Line> exposure, boolean ingress) {
    if (exposure.isEmpty()) {
      return "null";
    }
    List<String[]> rows = new ArrayList<>();
    for (ExposureReport.Line l : exposure) {
      rows.add(ingress
          ? new String[] {l.peer(), l.workload(), l.connections()}
          : new String[] {l.workload(), l.peer(), l.connections()});
    }
    return array(rows, "    ");
  }

  private String array(List<String[]> rows, String indent) {
    if (rows.isEmpty()) {
      return "[]";
    }
    StringBuilder sb = new StringBuilder("[\n");
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      sb.append(indent).append("  {\n");
      sb.append(indent).append("    \"src\": ").append(GoText.json(r[0])).append(",\n");
      sb.append(indent).append("    \"dst\": ").append(GoText.json(r[1]));
      if (focus == null) {
        sb.append(",\n").append(indent).append("    \"conn\": ").append(GoText.json(r[2]));
      }
      sb.append('\n').append(indent).append("  }").append(i + 1 < rows.size() ? ",\n" : "\n");
    }
    return sb.append(indent).append(']').toString();
  }
}
