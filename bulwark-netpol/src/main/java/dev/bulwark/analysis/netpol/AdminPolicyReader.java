package dev.bulwark.analysis.netpol;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads AdminNetworkPolicy and BaselineAdminNetworkPolicy objects, rejecting the shapes the
 * {@code policy.networking.k8s.io/v1alpha1} schema rejects.
 */
final class AdminPolicyReader {
  static final String GROUP = "policy.networking.k8s.io";

  private AdminPolicyReader() {}

  static boolean isAdminPolicy(Resource r) {
    return r.ref().group().equals(GROUP)
        && (r.kind().equals("AdminNetworkPolicy") || r.kind().equals("BaselineAdminNetworkPolicy"));
  }

  static AdminPolicy read(Resource r, List<String> warnings) {
    boolean baseline = r.kind().equals("BaselineAdminNetworkPolicy");
    String title = baseline ? "default baseline admin network policy:" : "admin network policy \"" + r.name() + "\":";
    JsonNode spec = r.object().path("spec");
    int priority = 0;
    if (!baseline) {
      Integer p = Json.integer(spec.path("priority"));
      if (p == null || p < 0 || p > 1000) {
        throw new NetpolInputException(
            "Invalid Priority Value: " + (p == null ? spec.path("priority").asString("") : p)
                + " in Admin Network Policy: \"" + r.name() + "\"; Priority value must be between 0-1000");
      }
      priority = p;
    } else if (!r.name().equals("default")) {
      throw new NetpolInputException(
          "only one baseline admin network policy with metadata.name=default can be created in the cluster");
    }
    PodMatcher subject = subject(spec.path("subject"), title);
    JsonPointer specPointer = JsonPointer.of("spec");
    List<AdminRule> ingress = rules(spec.path("ingress"), Direction.INGRESS, specPointer.append("ingress"), baseline, title, warnings);
    List<AdminRule> egress = rules(spec.path("egress"), Direction.EGRESS, specPointer.append("egress"), baseline, title, warnings);
    return new AdminPolicy(baseline, r.name(), priority, subject, ingress, egress, r);
  }

  private static PodMatcher subject(JsonNode subject, String title) {
    JsonNode namespaces = subject.path("namespaces");
    JsonNode pods = subject.path("pods");
    if (Json.absent(namespaces) == Json.absent(pods)) {
      throw new NetpolInputException(title + " exactly one field must be set in a subject");
    }
    return podMatcher(namespaces, pods, title);
  }

  /** {@code namespaces: SEL} (every pod there) or {@code pods: {namespaceSelector, podSelector}}. */
  private static PodMatcher podMatcher(JsonNode namespaces, JsonNode pods, String title) {
    try {
      if (!Json.absent(namespaces)) {
        return new PodMatcher(orEverything(LabelSelector.parse(namespaces)), null);
      }
      return new PodMatcher(
          orEverything(LabelSelector.parse(pods.path("namespaceSelector"))),
          orEverything(LabelSelector.parse(pods.path("podSelector"))));
    } catch (NetpolInputException e) {
      throw new NetpolInputException(title + " selector error: " + e.getMessage());
    }
  }

  private static LabelSelector orEverything(LabelSelector s) {
    return s == null ? LabelSelector.EVERYTHING : s;
  }

  private static List<AdminRule> rules(
      JsonNode list, Direction direction, JsonPointer pointer, boolean baseline, String title, List<String> warnings) {
    List<AdminRule> out = new ArrayList<>();
    String peersField = direction == Direction.INGRESS ? "from" : "to";
    for (int i = 0; i < list.size(); i++) {
      JsonNode rule = list.get(i);
      String name = Json.text(rule.path("name"));
      String ruleTitle = title + " in rule \"" + name + "\":";
      AdminAction action = AdminAction.parse(Json.text(rule.path("action")));
      if (action == null || (baseline && action == AdminAction.PASS)) {
        throw new NetpolInputException(ruleTitle + " unrecognized action");
      }
      JsonNode peerList = rule.path(peersField);
      if (peerList.isEmpty()) {
        throw new NetpolInputException(ruleTitle + " " + peersField + " field must be defined and contain at least one item");
      }
      List<AdminPeer> peers = new ArrayList<>();
      for (JsonNode peer : peerList) {
        peers.add(peer(peer, direction, ruleTitle, warnings));
      }
      List<AdminPort> ports = null;
      if (rule.has("ports") && !rule.path("ports").isNull()) {
        ports = new ArrayList<>();
        for (JsonNode port : rule.path("ports")) {
          ports.add(port(port, ruleTitle));
        }
      }
      out.add(new AdminRule(direction, i + 1, name, action, peers, ports, pointer.append(i)));
    }
    return out;
  }

  private static AdminPeer peer(JsonNode peer, Direction direction, String title, List<String> warnings) {
    JsonNode namespaces = peer.path("namespaces");
    JsonNode pods = peer.path("pods");
    JsonNode networks = direction == Direction.EGRESS ? peer.path("networks") : null;
    JsonNode nodes = direction == Direction.EGRESS ? peer.path("nodes") : null;
    int set = (Json.absent(namespaces) ? 0 : 1) + (Json.absent(pods) ? 0 : 1)
        + (Json.absent(networks) ? 0 : 1) + (Json.absent(nodes) ? 0 : 1);
    if (set != 1) {
      throw new NetpolInputException(title + " exactly one field must be set in a rule peer");
    }
    if (!Json.absent(nodes)) {
      warnings.add(title + " the nodes field is not supported; this peer matches nothing");
      return new AdminPeer.Nodes();
    }
    if (!Json.absent(networks)) {
      IpSet addresses = IpSet.EMPTY;
      for (JsonNode cidr : networks) {
        try {
          addresses = addresses.union(IpSet.ofBlock(cidr.asString(), List.of()));
        } catch (NetpolInputException e) {
          throw new NetpolInputException(title + " CIDR error: " + e.getMessage() + ": " + cidr.asString());
        }
      }
      return new AdminPeer.Networks(addresses);
    }
    return new AdminPeer.Pods(podMatcher(namespaces, pods, title));
  }

  private static AdminPort port(JsonNode port, String title) {
    JsonNode number = port.path("portNumber");
    JsonNode named = port.path("namedPort");
    JsonNode range = port.path("portRange");
    int set = (Json.absent(number) ? 0 : 1) + (Json.absent(named) ? 0 : 1) + (Json.absent(range) ? 0 : 1);
    if (set != 1) {
      throw new NetpolInputException(title + " exactly one field must be set in an AdminNetworkPolicyPort");
    }
    try {
      if (!Json.absent(named)) {
        return new AdminPort.Named(named.asString());
      }
      if (!Json.absent(number)) {
        int p = number.path("port").asInt();
        if (p < PortSet.MIN || p > PortSet.MAX) {
          throw new NetpolInputException(NetworkPolicyReader.illegalRange(p, p));
        }
        return new AdminPort.Number(Protocol.parse(Json.text(number.path("protocol"))), p);
      }
      int start = range.path("start").asInt();
      int end = range.path("end").asInt();
      if (start < PortSet.MIN || end > PortSet.MAX || end < start) {
        throw new NetpolInputException(NetworkPolicyReader.illegalRange(start, end));
      }
      return new AdminPort.Range(Protocol.parse(Json.text(range.path("protocol"))), start, end);
    } catch (NetpolInputException e) {
      throw new NetpolInputException(title + " " + e.getMessage());
    }
  }
}
