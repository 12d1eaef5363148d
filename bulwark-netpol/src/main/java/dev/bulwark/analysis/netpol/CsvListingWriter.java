package dev.bulwark.analysis.netpol;

/** Go's {@code encoding/csv}: a {@code src,dst,conn} header, then one record per line. */
final class CsvListingWriter extends ListingWriter {
  private final FocusConnection focus;
  private boolean started;

  CsvListingWriter(Appendable out, FocusConnection focus) {
    super(out);
    this.focus = focus;
  }

  private void start() {
    if (!started) {
      header("src", "dst");
      started = true;
    }
  }

  private void header(String first, String second) {
    row(first, second, "conn");
  }

  private void row(String a, String b, String conn) {
    write(GoText.csv(a) + "," + GoText.csv(b) + (focus == null ? "," + GoText.csv(conn) : "") + "\n");
  }

  @Override
  public void accept(ConnectionLine line) {
    start();
    row(line.src().displayName(), line.dst().displayName(), line.text());
  }

  @Override
  public void finish(ExposureReport exposure) {
    start();
    if (exposure == null) {
      return;
    }
    write(GoText.csv("Exposure Analysis Result" + (focus == null ? "" : " On " + focus) + ":") + ",,\n");
    if (!exposure.egress().isEmpty()) {
      write("Egress Exposure:,,\n");
      header("src", "dst");
      for (ExposureReport.Line l : exposure.egress()) {
        row(l.workload(), l.peer(), l.connections());
      }
    }
    if (!exposure.ingress().isEmpty()) {
      write("Ingress Exposure:,,\n");
      header("dst", "src");
      for (ExposureReport.Line l : exposure.ingress()) {
        row(l.workload(), l.peer(), l.connections());
      }
    }
  }
}
