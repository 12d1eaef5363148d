package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The allowed connections between every ordered pair of peers, in netpol-analyzer's order (by
 * source name, then destination name, comparing bytes), without pairs where nothing is allowed,
 * external-to-external pairs and workloads' traffic to themselves. Ingress and Route objects add
 * lines from {@code {ingress-controller}}.
 */
public final class ConnectionListing {
  private final ConnectivityEngine engine;
  private final ListOptions options;
  private final List<String> warnings = new ArrayList<>();

  public ConnectionListing(ConnectivityEngine engine, ListOptions options) {
    this.engine = engine;
    this.options = options;
  }

  /** Warnings met while listing: unknown focus workloads, Ingress targets the policies block. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** All lines, in order. */
  public List<ConnectionLine> lines() {
    List<ConnectionLine> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }

  /** Streams the lines in order, without holding them all. */
  public void forEach(Consumer<ConnectionLine> sink) {
    warnings.clear();
    Focus focus = new Focus(options);
    Map<String, IngressTargets.Target> targets = IngressTargets.of(engine.model(), warnings);
    if (!focusWorkloadsExist(focus, targets)) {
      return;
    }
    if (engine.workloads().isEmpty()) {
      return;
    }
    List<Peer> sources = new ArrayList<>(engine.externalSources());
    sources.addAll(engine.workloads());
    sources.sort(null);
    List<Peer> destinations = new ArrayList<>(engine.externalDestinations());
    destinations.addAll(engine.workloads());
    destinations.sort(null);
    Peer controller = engine.ingressController();
    boolean controllerListed = targets.isEmpty();
    ConnectionSet focusConns = options.focusConnection() == null ? null : options.focusConnection().asConnections();
    boolean any = false;
    int[] dstIds = engine.destinationIds(destinations);
    boolean filtering = focus.hasWorkloads();
    for (Peer src : sources) {
      if (!controllerListed && controller.compareTo(src) < 0) {
        any |= controllerLines(targets, focus, focusConns, sink);
        controllerListed = true;
      }
      ConnectivityEngine.SourceRow row = engine.new SourceRow(src);
      boolean srcExternal = src.isExternal();
      for (int d = 0; d < destinations.size(); d++) {
        int id = row.allowed(dstIds[2 * d], dstIds[2 * d + 1]);
        if (id == ConnectionPool.NONE) {
          continue;
        }
        Peer dst = destinations.get(d);
        if ((srcExternal && dst.isExternal()) || src == dst) {
          continue;
        }
        if (filtering && !focus.includes(src, dst)) {
          continue;
        }
        ConnectionSet conns = engine.connection(id);
        if (focusConns != null && !conns.containsAll(focusConns)) {
          continue;
        }
        sink.accept(new ConnectionLine(src, dst, conns, engine.text(id)));
        any = true;
      }
    }
    if (!controllerListed) {
      any |= controllerLines(targets, focus, focusConns, sink);
    }
    if (!any && !focus.hasWorkloads()) {
      warnings.add("connectivity analysis found no allowed connectivity between pairs from the configured workloads or external IP-blocks");
    }
  }

  private boolean controllerLines(
      Map<String, IngressTargets.Target> targets, Focus focus, ConnectionSet focusConns, Consumer<ConnectionLine> sink) {
    Peer controller = engine.ingressController();
    boolean any = false;
    for (IngressTargets.Target t : targets.values()) {
      Peer dst = engine.peer(t.workload());
      if (!focus.includes(controller, dst)) {
        continue;
      }
      ConnectionSet conns = engine.allowed(controller, dst).intersect(t.ports());
      if (conns.isEmpty()) {
        warnings.add("connection from ingress-controller to " + dst.displayName() + " (exposed by " + String.join(", ", t.entries())
            + ") is blocked by the network policies");
        continue;
      }
      if (focusConns != null && !conns.containsAll(focusConns)) {
        continue;
      }
      sink.accept(new ConnectionLine(controller, dst, conns, conns.toString()));
      any = true;
    }
    return any;
  }

  /** False (with a warning) when none of the focus workloads exists; warns for each missing one. */
  private boolean focusWorkloadsExist(Focus focus, Map<String, IngressTargets.Target> targets) {
    if (!focus.hasWorkloads()) {
      return true;
    }
    int missing = 0;
    for (String name : focus.workloads()) {
      boolean exists = name.equals("ingress-controller")
          ? !targets.isEmpty()
          : engine.workloads().stream().anyMatch(p -> Focus.isFocus(p, List.of(name)));
      if (!exists) {
        missing++;
        warnings.add(name.equals("ingress-controller")
            ? "no ingress objects (Ingress or Route) in the input, so there is no ingress-controller"
            : "Workload " + name + " does not exist in the input resources.");
      }
    }
    return missing < focus.workloads().size();
  }
}
