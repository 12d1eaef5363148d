package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.analysis.netpol.ContainerPort;
import dev.bulwark.analysis.netpol.Direction;
import dev.bulwark.analysis.netpol.NetworkPolicy;
import dev.bulwark.analysis.netpol.Peer;
import dev.bulwark.analysis.netpol.PolicyQueries;
import dev.bulwark.analysis.netpol.PolicyRule;
import dev.bulwark.analysis.netpol.Protocol;
import dev.bulwark.analysis.netpol.RulePeer;
import dev.bulwark.analysis.netpol.Workload;
import dev.bulwark.analysis.netpol.IpRange;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flags egress restrictions that leave the pods no way to resolve names: no policy selecting them
 * allows UDP 53 (or OpenShift's 5353) to the cluster DNS (kube-dns/CoreDNS in kube-system, the
 * OpenShift DNS, DNS pods of the input) or to any address a rule names. The finding goes on the
 * namespace-wide policy that isolates the pods when there is one, else on each policy that does.
 */
@CheckInfo(
    id = "egress-deny-blocks-dns",
    summary = "Egress NetworkPolicy blocks DNS",
    description =
        "Once a policy selects a pod for egress, everything it does not allow is blocked, DNS included."
            + " Pods then fail to resolve even the names of the services they are allowed to call: a"
            + " classic outage right after adding a default-deny.",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_POLICY,
    kinds = {"NetworkPolicy"},
    scope = Scope.INVENTORY,
    reads = {"Namespace", "NetworkPolicy", "AdminNetworkPolicy", CheckInfo.WORKLOADS},
    remediation =
        "Allow egress to UDP and TCP port 53 of the cluster DNS, e.g. namespaceSelector: {} with podSelector"
            + " k8s-app: kube-dns, next to the default-deny.")
public final class EgressDenyBlocksDns implements Check {
  private static final List<ContainerPort> DNS_PORTS =
      List.of(new ContainerPort("dns", 53, Protocol.UDP), new ContainerPort("dns-tcp", 53, Protocol.TCP),
          new ContainerPort("dns-5353", 5353, Protocol.UDP));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    PolicyQueries q = PolicyQueries.of(context.inventory());
    NetworkPolicy p = q.networkPolicy(resource);
    if (p == null || !p.affectsEgress()) {
      return List.of();
    }
    List<Workload> pods = q.selectedBy(p);
    if (pods.isEmpty() && p.podSelector().expressions().isEmpty()) {
      // No pod of the input: judge a pod the policy would select.
      pods = List.of(new Workload("Pod", p.namespace(), "(any pod)", p.podSelector().matchLabels(), List.of(), false, null));
    }
    List<Peer> dns = dnsServers(q);
    List<String> blocked = new ArrayList<>();
    for (Workload w : pods) {
      List<NetworkPolicy> selecting = q.selecting(w, Direction.EGRESS);
      boolean namespaceWide = selecting.stream().anyMatch(s -> s.podSelector().isEmpty());
      boolean blamed = !namespaceWide || p.podSelector().isEmpty();
      if (blamed && !selecting.isEmpty() && dns.stream().noneMatch(d -> resolves(q, w, d))) {
        blocked.add(w.displayName());
      }
    }
    if (blocked.isEmpty()) {
      return List.of();
    }
    JsonPointer at = resource.sourceMap().has(JsonPointer.of("spec", "policyTypes"))
        ? JsonPointer.of("spec", "policyTypes")
        : JsonPointer.of("spec", "egress");
    String who = blocked.size() <= 3 ? String.join(", ", blocked) : String.join(", ", blocked.subList(0, 3)) + " and " + (blocked.size() - 3) + " more";
    return List.of(Violation.at(at, "%s restricts egress of %s without any policy allowing DNS (UDP 53 to the cluster DNS)", p.fullName(), who));
  }

  private static boolean resolves(PolicyQueries q, Workload w, Peer server) {
    var allowed = q.egress(w, server);
    return allowed.contains(Protocol.UDP, 53) || allowed.contains(Protocol.UDP, 5353);
  }

  /** Where pods resolve names: DNS pods of the input, the usual cluster DNS, and addresses rules name. */
  private static List<Peer> dnsServers(PolicyQueries q) {
    List<Peer> out = new ArrayList<>();
    for (Workload w : q.model().workloads()) {
      if ("kube-dns".equals(w.labels().get("k8s-app"))) {
        out.add(Peer.of(w));
      }
    }
    out.add(Peer.of(new Workload("Deployment", "kube-system", "coredns", Map.of("k8s-app", "kube-dns"), DNS_PORTS, false, null)));
    out.add(Peer.of(new Workload("DaemonSet", "openshift-dns", "dns-default",
        Map.of("dns.operator.openshift.io/daemonset-dns", "default"), DNS_PORTS, false, null)));
    for (NetworkPolicy p : q.model().networkPolicies()) {
      for (PolicyRule rule : p.rules(Direction.EGRESS)) {
        for (RulePeer peer : rule.peers()) {
          if (peer instanceof RulePeer.IpBlock block) {
            for (IpRange r : block.addresses().ranges()) {
              out.add(Peer.external(new IpRange(r.v6(), r.first(), r.first())));
            }
          }
        }
      }
    }
    return out;
  }
}
