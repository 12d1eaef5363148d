package dev.bulwark.analysis.netpol;

import dev.bulwark.api.Inventory;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point the commands use: the model and engine of one inventory, and the listings and
 * reports built on them.
 */
public final class NetpolAnalysis {
  private final ClusterModel model;
  private final ConnectivityEngine engine;
  private final List<String> warnings = new ArrayList<>();

  private NetpolAnalysis(ClusterModel model) {
    this.model = model;
    this.engine = new ConnectivityEngine(model);
    warnings.addAll(model.warnings());
  }

  /**
   * Analyses an inventory.
   *
   * @throws NetpolInputException when the input cannot be analysed soundly
   */
  public static NetpolAnalysis of(Inventory inventory) {
    return new NetpolAnalysis(ClusterModel.read(inventory));
  }

  public static NetpolAnalysis of(ClusterModel model) {
    return new NetpolAnalysis(model);
  }

  public ClusterModel model() {
    return model;
  }

  public ConnectivityEngine engine() {
    return engine;
  }

  /** Warnings from reading the input and from every listing made so far. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Writes {@code netpol list} output in a format onto {@code out}. */
  public void list(ListOptions options, ListingFormat format, Appendable out) {
    ConnectionListing listing = new ConnectionListing(engine, options);
    List<Peer> nodes = new ArrayList<>();
    for (Peer p : engine.workloads()) {
      if (Focus.isFocus(p, options.focusWorkloads())
          || (!options.focusWorkloadPeers().isEmpty() && Focus.isFocus(p, options.focusWorkloadPeers()))) {
        nodes.add(p);
      }
    }
    ListingWriter writer = format.writer(out, options.focusConnection(), nodes);
    boolean exposure = options.exposure()
        && !(!options.focusWorkloads().isEmpty() && !options.focusWorkloadPeers().isEmpty());
    ExposureCollector collector = exposure ? new ExposureCollector() : null;
    listing.forEach(line -> {
      writer.accept(line);
      if (collector != null) {
        collector.accept(line);
      }
    });
    warnings.addAll(listing.warnings());
    writer.finish(exposure ? new ExposureAnalysis(engine, options).report(collector) : null);
  }

  /** {@link #list(ListOptions, ListingFormat, Appendable)} into a string. */
  public String list(ListOptions options, ListingFormat format) {
    StringBuilder sb = new StringBuilder();
    list(options, format, sb);
    return sb.toString();
  }
}
