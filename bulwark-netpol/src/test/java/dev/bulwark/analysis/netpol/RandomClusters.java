package dev.bulwark.analysis.netpol;

import dev.bulwark.api.Inventory;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small random clusters as manifests, for property tests: a few namespaces and workloads drawn
 * from a tiny label vocabulary (so selectors often match), NetworkPolicies with every kind of
 * peer and port, and optionally admin policies. Same seed, same cluster.
 */
final class RandomClusters {
  static final String[] NAMESPACES = {"alpha", "beta", "gamma"};
  private static final String[] APPS = {"web", "api", "db"};
  private static final String[] TIERS = {"front", "back"};
  private static final String[] CIDRS = {"0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "192.168.0.0/16", "203.0.113.0/24", "2001:db8::/32"};
  private static final String[] PROTOCOLS = {"TCP", "UDP", "SCTP"};
  private static final String[] PORT_NAMES = {"http", "dns", "metrics"};

  private final Random random;
  private final boolean admin;
  private final StringBuilder yaml = new StringBuilder();

  private RandomClusters(long seed, boolean admin) {
    this.random = new Random(seed);
    this.admin = admin;
  }

  /** The manifests of one random cluster. */
  static String manifests(long seed, boolean withAdminPolicies) {
    return new RandomClusters(seed, withAdminPolicies).generate();
  }

  static Inventory load(String manifests) {
    LoadResult loaded = new ManifestLoader().loadString("random.yaml", manifests);
    if (loaded.hasErrors()) {
      throw new AssertionError("generated manifests do not load: " + loaded.errors() + "\n" + manifests);
    }
    return Inventory.of(loaded.resources());
  }

  private String generate() {
    for (String ns : NAMESPACES) {
      if (random.nextBoolean()) {
        doc("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + ns + "\n  labels: {env: " + pick("prod", "dev") + "}\n");
      }
    }
    int workloads = 3 + random.nextInt(5);
    for (int i = 0; i < workloads; i++) {
      workload("w" + i);
    }
    int policies = random.nextInt(6);
    for (int i = 0; i < policies; i++) {
      networkPolicy("np" + i, pick(NAMESPACES));
    }
    if (admin) {
      int anps = random.nextInt(3);
      for (int i = 0; i < anps; i++) {
        adminPolicy("anp" + i, 10 * i + random.nextInt(5), false);
      }
      if (random.nextBoolean()) {
        adminPolicy("default", 0, true);
      }
    }
    return yaml.toString();
  }

  private void doc(String text) {
    if (yaml.length() > 0) {
      yaml.append("---\n");
    }
    yaml.append(text);
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private void workload(String name) {
    String kind = pick("Deployment", "Pod", "StatefulSet");
    String labels = "{app: " + pick(APPS) + ", tier: " + pick(TIERS) + "}";
    StringBuilder ports = new StringBuilder();
    for (String portName : PORT_NAMES) {
      if (random.nextInt(3) == 0) {
        ports.append("{name: ").append(portName).append(", containerPort: ").append(8000 + random.nextInt(3))
            .append(", protocol: ").append(pick(PROTOCOLS)).append("}, ");
      }
    }
    String container = "[{name: c, image: c:1, ports: [" + ports + "{containerPort: 9090}]}]";
    String ns = pick(NAMESPACES);
    if (kind.equals("Pod")) {
      doc("apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n  namespace: " + ns + "\n  labels: " + labels
          + "\nspec:\n  containers: " + container + "\n");
    } else {
      doc("apiVersion: apps/v1\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n  namespace: " + ns
          + "\nspec:\n  selector: {matchLabels: " + labels + "}\n  template:\n    metadata: {labels: " + labels
          + "}\n    spec:\n      containers: " + container + "\n");
    }
  }

  /** A selector: empty, by label, or by expression. */
  private String selector() {
    return switch (random.nextInt(5)) {
      case 0 -> "{}";
      case 1 -> "{matchLabels: {app: " + pick(APPS) + "}}";
      case 2 -> "{matchLabels: {tier: " + pick(TIERS) + "}}";
      case 3 -> "{matchExpressions: [{key: app, operator: " + pick("In", "NotIn") + ", values: [" + pick(APPS) + ", " + pick(APPS) + "]}]}";
      default -> "{matchExpressions: [{key: " + pick("tier", "role") + ", operator: " + pick("Exists", "DoesNotExist") + "}]}";
    };
  }

  private String namespaceSelector() {
    return switch (random.nextInt(4)) {
      case 0 -> "{}";
      case 1 -> "{matchLabels: {kubernetes.io/metadata.name: " + pick(NAMESPACES) + "}}";
      case 2 -> "{matchLabels: {env: " + pick("prod", "dev") + "}}";
      default -> "{matchExpressions: [{key: env, operator: " + pick("Exists", "DoesNotExist") + "}]}";
    };
  }

  private void networkPolicy(String name, String namespace) {
    StringBuilder sb = new StringBuilder("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ")
        .append(name).append("\n  namespace: ").append(namespace).append("\nspec:\n  podSelector: ").append(selector()).append('\n');
    int types = random.nextInt(4);
    if (types == 1) {
      sb.append("  policyTypes: [Ingress]\n");
    } else if (types == 2) {
      sb.append("  policyTypes: [Egress]\n");
    } else if (types == 3) {
      sb.append("  policyTypes: [Ingress, Egress]\n");
    }
    for (String direction : new String[] {"ingress", "egress"}) {
      int rules = random.nextInt(3);
      if (rules == 0 && random.nextBoolean()) {
        continue;
      }
      sb.append("  ").append(direction).append(":\n");
      for (int r = 0; r < rules; r++) {
        sb.append(rule(direction.equals("ingress") ? "from" : "to", direction.equals("egress")));
      }
      if (rules == 0) {
        sb.setLength(sb.length() - 1);
        sb.append(" []\n");
      }
    }
    doc(sb.toString());
  }

  /** One rule: peers (maybe none) and ports (maybe none). */
  String rule(String peersField, boolean egress) {
    StringBuilder sb = new StringBuilder("    - ");
    boolean anyField = false;
    int peers = random.nextInt(3);
    boolean ipBlock = false;
    if (peers > 0) {
      sb.append(peersField).append(":\n");
      for (int p = 0; p < peers; p++) {
        switch (random.nextInt(4)) {
          case 0 -> sb.append("        - podSelector: ").append(selector()).append('\n');
          case 1 -> sb.append("        - namespaceSelector: ").append(namespaceSelector()).append('\n');
          case 2 -> sb.append("        - namespaceSelector: ").append(namespaceSelector()).append("\n          podSelector: ")
              .append(selector()).append('\n');
          default -> {
            ipBlock = true;
            String cidr = pick(CIDRS);
            sb.append("        - ipBlock: {cidr: ").append(cidr);
            if (cidr.equals("0.0.0.0/0") || cidr.equals("10.0.0.0/8")) {
              sb.append(", except: [10.1.0.0/16]");
            }
            sb.append("}\n");
          }
        }
      }
      anyField = true;
    }
    int ports = random.nextInt(3);
    if (ports > 0) {
      sb.append(anyField ? "      " : "").append("ports:\n");
      for (int p = 0; p < ports; p++) {
        sb.append("        - {protocol: ").append(pick(PROTOCOLS));
        switch (random.nextInt(4)) {
          case 0 -> sb.append(", port: ").append(8000 + random.nextInt(3));
          case 1 -> sb.append(", port: 8000, endPort: ").append(8001 + random.nextInt(2));
          case 2 -> {
            if (!(egress && ipBlock)) {
              sb.append(", port: ").append(pick(PORT_NAMES));
            }
          }
          default -> { }
        }
        sb.append("}\n");
      }
      anyField = true;
    }
    if (!anyField) {
      return "    - {}\n";
    }
    return sb.toString();
  }

  private void adminPolicy(String name, int priority, boolean baseline) {
    StringBuilder sb = new StringBuilder("apiVersion: policy.networking.k8s.io/v1alpha1\nkind: ")
        .append(baseline ? "BaselineAdminNetworkPolicy" : "AdminNetworkPolicy").append("\nmetadata:\n  name: ").append(name)
        .append("\nspec:\n");
    if (!baseline) {
      sb.append("  priority: ").append(priority).append('\n');
    }
    sb.append("  subject:\n");
    if (random.nextBoolean()) {
      sb.append("    namespaces: ").append(namespaceSelector()).append('\n');
    } else {
      sb.append("    pods:\n      namespaceSelector: ").append(namespaceSelector()).append("\n      podSelector: ").append(selector()).append('\n');
    }
    for (String direction : new String[] {"ingress", "egress"}) {
      int rules = random.nextInt(3);
      if (rules == 0) {
        continue;
      }
      sb.append("  ").append(direction).append(":\n");
      for (int r = 0; r < rules; r++) {
        String action = baseline ? pick("Allow", "Deny") : pick("Allow", "Deny", "Pass");
        sb.append("    - name: r").append(r).append("\n      action: ").append(action).append("\n      ")
            .append(direction.equals("ingress") ? "from" : "to").append(":\n");
        if (direction.equals("egress") && random.nextInt(3) == 0) {
          sb.append("        - networks: [").append(pick("0.0.0.0/0", "10.0.0.0/8", "203.0.113.0/24")).append("]\n");
        } else if (random.nextBoolean()) {
          sb.append("        - namespaces: ").append(namespaceSelector()).append('\n');
        } else {
          sb.append("        - pods:\n            namespaceSelector: ").append(namespaceSelector())
              .append("\n            podSelector: ").append(selector()).append('\n');
        }
        if (random.nextBoolean()) {
          sb.append("      ports:\n");
          switch (random.nextInt(3)) {
            case 0 -> sb.append("        - portNumber: {protocol: ").append(pick(PROTOCOLS)).append(", port: 8000}\n");
            case 1 -> sb.append("        - portRange: {protocol: ").append(pick(PROTOCOLS)).append(", start: 8000, end: 8002}\n");
            default -> sb.append("        - namedPort: ").append(pick(PORT_NAMES)).append('\n');
          }
        }
      }
    }
    doc(sb.toString());
  }

  /** A random rule (as a list item of {@code ingress:} or {@code egress:}). */
  static String ruleFor(long seed, boolean egress) {
    return new RandomClusters(seed, false).rule(egress ? "to" : "from", egress);
  }

  /** Sample addresses that probe every region the generated blocks can cut. */
  static List<IpRange> probes() {
    List<IpRange> out = new ArrayList<>();
    for (String a : new String[] {"1.2.3.4/32", "10.0.0.1/32", "10.1.2.3/32", "192.168.1.1/32", "203.0.113.9/32", "2001:db8::1/128", "2002::1/128"}) {
      out.add(IpAddresses.parseCidr(a));
    }
    return out;
  }
}
