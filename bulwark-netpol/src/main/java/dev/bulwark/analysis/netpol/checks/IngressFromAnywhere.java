package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.analysis.netpol.Direction;
import dev.bulwark.analysis.netpol.NetworkPolicy;
import dev.bulwark.analysis.netpol.PolicyQueries;
import dev.bulwark.analysis.netpol.PolicyRule;
import dev.bulwark.analysis.netpol.Workload;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags ingress rules open to every internet address (no {@code from}, or an ipBlock such as
 * {@code 0.0.0.0/0}) on workloads that nothing publishes: no LoadBalancer or NodePort Service,
 * Ingress or Route leads to them, so nothing outside should need to reach them.
 */
@CheckInfo(
    id = "ingress-from-anywhere",
    summary = "NetworkPolicy admits the whole internet to a workload that is not public",
    description =
        "An ingress rule from 0.0.0.0/0 (or with no from at all) admits any address that can route to"
            + " the pod. For a workload that no LoadBalancer or NodePort Service, Ingress or Route"
            + " exposes, that is almost always a copy-paste of a rule meant for a public front end.",
    severity = Severity.HIGH,
    category = Category.NETWORK_POLICY,
    kinds = {"NetworkPolicy"},
    scope = Scope.INVENTORY,
    reads = {"Namespace", "NetworkPolicy", "AdminNetworkPolicy", CheckInfo.WORKLOADS},
    remediation = "Allow only the peers that call the workload (pods by label, or the load balancer's addresses).",
    frameworks = {"NSA:network-separation", "MITRE:T1190"})
public final class IngressFromAnywhere implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    PolicyQueries q = PolicyQueries.of(context.inventory());
    NetworkPolicy p = q.networkPolicy(resource);
    if (p == null) {
      return List.of();
    }
    List<String> internal = new ArrayList<>();
    for (Workload w : q.selectedBy(p)) {
      if (!q.isPublic(w)) {
        internal.add(w.displayName());
      }
    }
    if (internal.isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (PolicyRule rule : p.rules(Direction.INGRESS)) {
      if (PublicAddresses.coveredBy(rule) && !PublicAddresses.allowsEverything(rule)) {
        out.add(Violation.at(rule.allPeers() ? rule.pointer() : rule.pointer().append("from"),
            "Ingress rule #%d of %s admits every internet address on %s to %s, which nothing exposes publicly",
            rule.number(), p.fullName(), PublicAddresses.ports(rule), String.join(", ", internal)));
      }
    }
    return out;
  }
}
