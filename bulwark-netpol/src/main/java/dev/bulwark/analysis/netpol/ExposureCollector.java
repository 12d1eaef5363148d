package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps the listing's lines to and from external addresses: exposure repeats them per workload. */
final class ExposureCollector implements Consumer<ConnectionLine> {
  private final List<ConnectionLine> external = new ArrayList<>();

  @Override
  public void accept(ConnectionLine line) {
    if (line.src().isExternal() || line.dst().isExternal()) {
      external.add(line);
    }
  }

  List<ConnectionLine> externalLines() {
    return external;
  }
}
