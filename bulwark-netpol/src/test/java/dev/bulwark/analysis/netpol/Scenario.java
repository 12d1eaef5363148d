package dev.bulwark.analysis.netpol;

/** A few manifests and the connections between their peers, for table-style semantics tests. */
final class Scenario {
  final ConnectivityEngine engine;

  private Scenario(ConnectivityEngine engine) {
    this.engine = engine;
  }

  static Scenario of(String manifests) {
    return new Scenario(new ConnectivityEngine(ClusterModel.read(RandomClusters.load(manifests))));
  }

  /** A Deployment with labels and optional container ports ({@code name:number/PROTO}). */
  static String deployment(String namespace, String name, String labels, String... ports) {
    StringBuilder p = new StringBuilder();
    for (String port : ports) {
      String[] nameRest = port.split(":");
      String[] numberProto = nameRest[1].split("/");
      p.append("{name: ").append(nameRest[0]).append(", containerPort: ").append(numberProto[0])
          .append(", protocol: ").append(numberProto.length > 1 ? numberProto[1] : "TCP").append("}, ");
    }
    return "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: " + name + ", namespace: " + namespace + "}\n"
        + "spec:\n  selector: {matchLabels: " + labels + "}\n  template:\n    metadata: {labels: " + labels + "}\n"
        + "    spec:\n      containers: [{name: c, image: c:1, ports: [" + p + "]}]\n";
  }

  /** What flows from one workload (namespace/name) to another, in list format. */
  String conns(String from, String to) {
    return engine.allowed(peer(from, true), peer(to, false)).toString();
  }

  Peer peer(String name, boolean asSource) {
    return new PeerLookup(engine).find(name, asSource);
  }
}
