package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table {@code | src | dst | conn |}, and exposure tables under headings. */
final class MdListingWriter extends ListingWriter {
  private final FocusConnection focus;
  private boolean started;

  MdListingWriter(Appendable out, FocusConnection focus) {
    super(out);
    this.focus = focus;
  }

  private String header(String first, String second) {
    return focus == null
        ? "| " + first + " | " + second + " | conn |\n|-----|-----|------|"
        : "| " + first + " | " + second + " |\n|-----|-----|";
  }

  private String row(String a, String b, String conn) {
    return focus == null ? "| " + a + " | " + b + " | " + conn + " |" : "| " + a + " | " + b + " |";
  }

  private void start() {
    if (!started) {
      write(header("src", "dst"));
      started = true;
    }
  }

  @Override
  public void accept(ConnectionLine line) {
    start();
    write("\n" + row(line.src().displayName(), line.dst().displayName(), line.text()));
  }

  @Override
  public void finish(ExposureReport exposure) {
    start();
    if (exposure == null) {
      write("\n");
      return;
    }
    write("\n## Exposure Analysis Result" + (focus == null ? "" : " On " + focus) + ":\n");
    write(section(exposure.egress(), "### Egress Exposure:\n" + header("src", "dst") + "\n"));
    write("\n");
    write(section(exposure.ingress(), "### Ingress Exposure:\n" + header("dst", "src") + "\n"));
  }

  private String section(List<ExposureReport.Line> lines, String heading) {
    if (lines.isEmpty()) {
      return "";
    }
    List<String> rows = new ArrayList<>();
    for (ExposureReport.Line l : lines) {
      rows.add(row(l.workload(), l.peer(), l.connections()));
    }
    return heading + String.join("\n", rows) + "\n";
  }
}
