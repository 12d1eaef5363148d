package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;

/** Placeholder until the exposure analysis lands: only unprotected workloads. */
final class ExposureAnalysis {
  private final ConnectivityEngine engine;
  private final ListOptions options;

  ExposureAnalysis(ConnectivityEngine engine, ListOptions options) {
    this.engine = engine;
    this.options = options;
  }

  ExposureReport report(ExposureCollector collector) {
    return new ExposureReport(List.of(), List.of(), new ArrayList<>(), 0);
  }
}
