package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;

/** {@code src => dst : conns} lines; with a focus connection, a header and {@code src => dst}. */
final class TxtListingWriter extends ListingWriter {
  private final FocusConnection focus;
  private boolean started;

  TxtListingWriter(Appendable out, FocusConnection focus) {
    super(out);
    this.focus = focus;
  }

  private void start() {
    if (!started && focus != null) {
      write("Permitted connections on " + focus + ":\n");
    }
    started = true;
  }

  @Override
  public void accept(ConnectionLine line) {
    start();
    if (focus != null) {
      write(line.src().displayName() + " => " + line.dst().displayName() + "\n");
    } else {
      write(line.src().displayName() + " => " + line.dst().displayName() + " : " + line.text() + "\n");
    }
  }

  @Override
  public void finish(ExposureReport exposure) {
    boolean anyLines = started;
    start();
    if (exposure == null) {
      return;
    }
    if (anyLines) {
      write("\n");
    }
    write("Exposure Analysis Result" + (focus == null ? "" : " On " + focus) + ":\n");
    List<String> egress = lines(exposure.egress(), "=>", exposure.nameWidth());
    List<String> ingress = lines(exposure.ingress(), "<=", exposure.nameWidth());
    section(egress, "Egress Exposure:\n");
    section(ingress, (egress.isEmpty() ? "" : "\n") + "Ingress Exposure:\n");
    if (focus == null) {
      section(exposure.unprotected(), "\nWorkloads not protected by network policies:\n");
    }
  }

  private List<String> lines(List<ExposureReport.Line> lines, String arrow, int width) {
    List<String> out = new ArrayList<>();
    for (ExposureReport.Line l : lines) {
      String padded = l.workload() + " ".repeat(Math.max(0, width - l.workload().length()));
      out.add(padded + " \t" + arrow + " \t" + l.peer() + (focus == null ? " : " + l.connections() : ""));
    }
    return out;
  }

  private void section(List<String> lines, String header) {
    if (!lines.isEmpty()) {
      write(header + String.join("\n", lines) + "\n");
    }
  }
}
