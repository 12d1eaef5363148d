package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.analysis.netpol.Direction;
import dev.bulwark.analysis.netpol.NetworkPolicy;
import dev.bulwark.analysis.netpol.PolicyQueries;
import dev.bulwark.analysis.netpol.PolicyRule;
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

/** Flags rules with neither peers nor ports ({@code ingress: [{}]}, {@code egress: [{}]}). */
@CheckInfo(
    id = "network-policy-allows-all",
    summary = "NetworkPolicy rule allows all traffic",
    description =
        "A rule with no from/to and no ports matches every peer, inside and outside the cluster, on"
            + " every port of every protocol: for the pods it selects the policy isolates nothing in"
            + " that direction, whatever its other rules say.",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_POLICY,
    kinds = {"NetworkPolicy"},
    scope = Scope.INVENTORY,
    reads = {"Namespace", "NetworkPolicy", "AdminNetworkPolicy", CheckInfo.WORKLOADS},
    remediation = "Name the peers (podSelector, namespaceSelector, ipBlock) and the ports the pods need.",
    frameworks = {"NSA:network-separation"})
public final class NetworkPolicyAllowsAll implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    NetworkPolicy p = PolicyQueries.of(context.inventory()).networkPolicy(resource);
    if (p == null) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (Direction d : Direction.values()) {
      for (PolicyRule rule : p.rules(d)) {
        if (PublicAddresses.allowsEverything(rule)) {
          out.add(Violation.at(rule.pointer(), "%s rule #%d of %s allows all %s traffic: it has no peers and no ports",
              d.label(), rule.number(), p.fullName(), d.label().toLowerCase(java.util.Locale.ROOT)));
        }
      }
    }
    return out;
  }
}
