package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which workloads Ingresses and Routes expose to an ingress controller, and on which TCP ports:
 * each entry names Services of its namespace, each Service selects workloads of its namespace
 * and maps its port to a pod port (a number, or a named container port).
 */
final class IngressTargets {
  /**
   * A workload reachable through Ingresses or Routes.
   *
   * @param workload the target
   * @param ports the TCP ports the entries lead to
   * @param entries the entries that lead there, e.g. {@code Route 'ns/name'}
   */
  record Target(Workload workload, ConnectionSet ports, List<String> entries, List<Path> paths) {}

  /**
   * One way in: an entry, the Service it names, and the TCP ports that leads to.
   *
   * @param entry e.g. {@code Route 'ns/name'}
   * @param kind {@code Route} or {@code Ingress}
   * @param service the Service's name
   * @param ports the ports
   */
  record Path(String entry, String kind, String service, ConnectionSet ports) {}

  private IngressTargets() {}

  /** Targets by workload name, sorted; empty when there are no entries or no Services. */
  static Map<String, Target> of(ClusterModel model, List<String> warnings) {
    Map<String, Map<String, ServiceInfo>> services = new LinkedHashMap<>();
    Map<ServiceInfo, List<Workload>> selected = new LinkedHashMap<>();
    if (model.ingressEntries().isEmpty()) {
      return new TreeMap<>(); // no way in to trace
    }
    Map<String, List<Workload>> byNamespace = new java.util.HashMap<>();
    for (Workload w : model.workloads()) {
      byNamespace.computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(w);
    }
    for (ServiceInfo s : model.services()) {
      if (s.selector() == null) {
        warnings.add("Ignoring Service " + s.namespace() + "/" + s.name() + ": K8s Service without selectors is not supported");
        continue;
      }
      LabelSelector selector = LabelSelector.ofLabels(s.selector());
      List<Workload> pods = new ArrayList<>();
      for (Workload w : byNamespace.getOrDefault(s.namespace(), List.of())) {
        if (selector.matches(w.labels())) {
          pods.add(w);
        }
      }
      if (!pods.isEmpty()) {
        services.computeIfAbsent(s.namespace(), k -> new LinkedHashMap<>()).put(s.name(), s);
        selected.put(s, pods);
      }
    }
    Map<String, Target> targets = new TreeMap<>();
    if (services.isEmpty()) {
      return targets;
    }
    for (IngressEntry entry : model.ingressEntries()) {
      Map<String, ServiceInfo> inNamespace = services.get(entry.namespace());
      if (inNamespace == null) {
        continue;
      }
      String entryName = entry.kind() + " '" + entry.namespace() + "/" + entry.name() + "'";
      for (IngressEntry.Backend backend : entry.backends()) {
        ServiceInfo service = inNamespace.get(backend.service());
        if (service == null) {
          warnings.add("Ignoring target service " + backend.service() + " : service not found");
          continue;
        }
        for (Workload w : selected.get(service)) {
          ConnectionSet ports = ports(w, service, backend);
          Path path = new Path(entryName, entry.kind(), service.name(), ports);
          targets.merge(
              w.displayName(),
              new Target(w, ports, List.of(entryName), List.of(path)),
              (a, b) -> new Target(a.workload(), a.ports().union(b.ports()), concat(a.entries(), b.entries()), plus(a.paths(), b.paths())));
        }
      }
    }
    return targets;
  }

  private static List<Path> plus(List<Path> a, List<Path> b) {
    List<Path> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    for (String s : b) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The TCP ports of {@code w} that the backend's Service port leads to. */
  private static ConnectionSet ports(Workload w, ServiceInfo service, IngressEntry.Backend backend) {
    List<Object> podPorts = new ArrayList<>();
    boolean any = backend.portNumber() == null && backend.portName() == null;
    for (ServiceInfo.Port p : service.ports()) {
      if (any) {
        podPorts.add(p.podPort());
        continue;
      }
      boolean byName = p.name() != null && !p.name().isEmpty() && p.name().equals(backend.portName());
      boolean byNumber = backend.portNumber() != null && p.port() == backend.portNumber();
      boolean byTarget = (backend.portNumber() != null && backend.portNumber().equals(p.targetNumber()))
          || (backend.portName() != null && backend.portName().equals(p.targetName()));
      if (byName || byNumber || byTarget) {
        podPorts.add(p.podPort());
        break;
      }
    }
    ConnectionSet out = ConnectionSet.NONE;
    for (Object podPort : podPorts) {
      int number;
      if (podPort instanceof String name) {
        ContainerPort cp = w.namedPort(name);
        if (cp == null || cp.protocol() != Protocol.TCP) {
          continue;
        }
        number = cp.number();
      } else {
        number = (Integer) podPort;
      }
      // netpol-analyzer counts every declared container port as a TCP port here; so do we.
      boolean declared = w.ports().stream().anyMatch(cp -> cp.number() == number);
      if (declared) {
        out = out.union(ConnectionSet.of(Protocol.TCP, PortSet.of(number)));
      }
    }
    return out;
  }
}
