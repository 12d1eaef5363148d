package dev.bulwark.analysis.netpol;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a NetworkPolicy, applying the API's defaults (policyTypes, protocol TCP, namespace
 * {@code default}) and rejecting what the API server or netpol-analyzer rejects, with
 * netpol-analyzer's wording so the two tools' errors can be compared.
 */
final class NetworkPolicyReader {
  private NetworkPolicyReader() {}

  static boolean isNetworkPolicy(Resource r) {
    String group = r.ref().group();
    return r.kind().equals("NetworkPolicy") && (group.equals("networking.k8s.io") || group.equals("extensions"));
  }

  static NetworkPolicy read(Resource r) {
    String namespace = r.namespace() == null || r.namespace().isEmpty() ? "default" : r.namespace();
    String title = "NetworkPolicy '" + namespace + "/" + r.name() + "'";
    JsonNode spec = r.object().path("spec");
    LabelSelector podSelector;
    try {
      podSelector = LabelSelector.parse(spec.path("podSelector"));
    } catch (NetpolInputException e) {
      throw new NetpolInputException(title + " selector error: " + e.getMessage());
    }
    if (podSelector == null) {
      podSelector = LabelSelector.EVERYTHING;
    }
    boolean ingress;
    boolean egress;
    JsonNode types = spec.path("policyTypes");
    if (types.isArray() && !types.isEmpty()) {
      ingress = false;
      egress = false;
      for (JsonNode t : types) {
        String type = t.asString();
        if (type.equals("Ingress")) {
          ingress = true;
        } else if (type.equals("Egress")) {
          egress = true;
        } else {
          throw new NetpolInputException(title + " policyTypes error: unknown policy type \"" + type + "\"");
        }
      }
    } else {
      // The API server's defaulting: Ingress always, Egress only when there are egress rules.
      ingress = true;
      egress = spec.path("egress").isArray() && !spec.path("egress").isEmpty();
    }
    JsonPointer specPointer = JsonPointer.of("spec");
    List<PolicyRule> ingressRules = rules(spec.path("ingress"), Direction.INGRESS, specPointer.append("ingress"), namespace, title);
    List<PolicyRule> egressRules = rules(spec.path("egress"), Direction.EGRESS, specPointer.append("egress"), namespace, title);
    return new NetworkPolicy(namespace, r.name(), podSelector, ingress, egress, ingressRules, egressRules, r);
  }

  private static List<PolicyRule> rules(JsonNode list, Direction direction, JsonPointer pointer, String namespace, String title) {
    List<PolicyRule> out = new ArrayList<>();
    String peersField = direction == Direction.INGRESS ? "from" : "to";
    for (int i = 0; i < list.size(); i++) {
      JsonNode rule = list.get(i);
      JsonPointer rulePointer = pointer.append(i);
      List<RulePeer> peers = new ArrayList<>();
      JsonNode peerList = rule.path(peersField);
      for (int j = 0; j < peerList.size(); j++) {
        peers.add(peer(peerList.get(j), rulePointer.append(peersField).append(j), title));
      }
      List<RulePort> ports = new ArrayList<>();
      for (JsonNode port : rule.path("ports")) {
        ports.add(port(port, title));
      }
      boolean toAddresses = peers.stream().anyMatch(p -> p instanceof RulePeer.IpBlock);
      if (direction == Direction.EGRESS && toAddresses && ports.stream().anyMatch(p -> p.name() != null)) {
        throw new NetpolInputException(title + " named port error: cannot convert named port for an IP destination");
      }
      out.add(new PolicyRule(direction, i + 1, peers, ports, rulePointer));
    }
    return out;
  }

  private static RulePeer peer(JsonNode peer, JsonPointer pointer, String title) {
    JsonNode ns = peer.path("namespaceSelector");
    JsonNode pods = peer.path("podSelector");
    JsonNode block = peer.path("ipBlock");
    boolean hasSelector = !Json.absent(ns) || !Json.absent(pods);
    if (!hasSelector && Json.absent(block)) {
      throw new NetpolInputException(title + " rule NetworkPolicyPeer error: cannot have empty rule peer");
    }
    if (hasSelector && !Json.absent(block)) {
      throw new NetpolInputException(
          title + " rule NetworkPolicyPeer error: cannot have both IPBlock and PodSelector/NamespaceSelector set");
    }
    if (hasSelector) {
      try {
        return new RulePeer.Selector(LabelSelector.parse(ns), LabelSelector.parse(pods), pointer);
      } catch (NetpolInputException e) {
        throw new NetpolInputException(title + " selector error: " + e.getMessage());
      }
    }
    String cidr = Json.text(block.path("cidr"));
    List<String> except = new ArrayList<>();
    for (JsonNode e : block.path("except")) {
      except.add(e.asString());
    }
    try {
      return new RulePeer.IpBlock(IpSet.ofBlock(cidr == null ? "" : cidr, except), cidr, pointer);
    } catch (NetpolInputException e) {
      throw new NetpolInputException(title + " CIDR error: " + e.getMessage() + ": " + cidr);
    }
  }

  private static RulePort port(JsonNode port, String title) {
    Protocol protocol;
    try {
      protocol = Protocol.parse(Json.text(port.path("protocol")));
    } catch (NetpolInputException e) {
      throw new NetpolInputException(title + " port error: " + e.getMessage());
    }
    JsonNode value = port.path("port");
    Integer endPort = Json.integer(port.path("endPort"));
    if (Json.absent(value)) {
      return new RulePort(protocol, null, null, null);
    }
    if (value.isString()) {
      if (endPort != null) {
        throw new NetpolInputException(
            title + " named port error: endPort field cannot be defined if the port field is defined as a named (string) port");
      }
      return new RulePort(protocol, null, value.asString(), null);
    }
    int start = value.asInt();
    int end = endPort == null ? start : endPort;
    if (start < PortSet.MIN || end < PortSet.MIN || start > PortSet.MAX || end > PortSet.MAX || end < start) {
      throw new NetpolInputException(title + " port error: " + illegalRange(start, end));
    }
    return new RulePort(protocol, start, null, endPort);
  }

  /** The wording of netpol-analyzer, minus its typo ("is legal"); see docs/netpol.md. */
  static String illegalRange(long start, long end) {
    return "port range " + start + "-" + end + " is illegal; start and end values of the port range should be in {"
        + PortSet.MIN + "-" + PortSet.MAX + "} and end may not be less than start";
  }
}
