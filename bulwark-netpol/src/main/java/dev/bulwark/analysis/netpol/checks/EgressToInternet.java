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

/**
 * Flags egress rules that reach every public address: no {@code to} at all, or ipBlocks such as
 * {@code 0.0.0.0/0} (private ranges excepted or not). Rules that allow everything are left to
 * network-policy-allows-all.
 */
@CheckInfo(
    id = "egress-to-internet",
    summary = "NetworkPolicy allows egress to the whole internet",
    description =
        "Egress to every internet address lets a compromised pod download tools, reach command and"
            + " control servers and send data out. Workloads usually call a handful of known endpoints.",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_POLICY,
    kinds = {"NetworkPolicy"},
    scope = Scope.INVENTORY,
    reads = {"Namespace", "NetworkPolicy", "AdminNetworkPolicy", CheckInfo.WORKLOADS},
    remediation =
        "Limit the rule's ipBlock to the addresses the workload needs, or send outside traffic through an"
            + " egress proxy or gateway and allow only that.",
    frameworks = {"NSA:network-separation", "MITRE:T1041"})
public final class EgressToInternet implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    NetworkPolicy p = PolicyQueries.of(context.inventory()).networkPolicy(resource);
    if (p == null) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (PolicyRule rule : p.rules(Direction.EGRESS)) {
      if (PublicAddresses.coveredBy(rule) && !PublicAddresses.allowsEverything(rule)) {
        out.add(Violation.at(rule.allPeers() ? rule.pointer() : rule.pointer().append("to"),
            "Egress rule #%d of %s allows %s to every internet address", rule.number(), p.fullName(), PublicAddresses.ports(rule)));
      }
    }
    return out;
  }
}
