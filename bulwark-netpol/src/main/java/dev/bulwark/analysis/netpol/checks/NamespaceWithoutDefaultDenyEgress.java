package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.analysis.netpol.Direction;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Flags namespaces where no NetworkPolicy isolates every pod for egress. */
@CheckInfo(
    id = "namespace-without-default-deny-egress",
    summary = "Namespace has no default-deny NetworkPolicy for egress",
    description =
        "By default every pod may open connections to every other pod and to the internet: what an"
            + " attacker in a compromised pod needs to move on or to send data out. A NetworkPolicy with an empty podSelector and Egress in its policyTypes isolates every"
            + " pod of the namespace, including pods created later, so that only what a rule allows gets"
            + " out. Reported on the Namespace object, or on the first workload of a namespace the"
            + " manifests do not define.",
    severity = Severity.LOW,
    category = Category.NETWORK_POLICY,
    kinds = {"Namespace", CheckInfo.WORKLOADS},
    scope = Scope.INVENTORY,
    reads = {"Namespace", "NetworkPolicy", "AdminNetworkPolicy", CheckInfo.WORKLOADS},
    remediation =
        "Add a NetworkPolicy with podSelector: {} and policyTypes: [Egress] (and no egress rules) to the"
            + " namespace, then allow DNS and the traffic each workload needs; 'bulwark netpol suggest'"
            + " drafts them.",
    frameworks = {"NSA:network-separation", "CIS:5.3.2"})
public final class NamespaceWithoutDefaultDenyEgress implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return DefaultDeny.missing(resource, context, Direction.EGRESS);
  }
}
