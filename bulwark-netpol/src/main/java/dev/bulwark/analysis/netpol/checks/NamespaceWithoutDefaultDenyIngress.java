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

/** Flags namespaces where no NetworkPolicy isolates every pod for ingress. */
@CheckInfo(
    id = "namespace-without-default-deny-ingress",
    summary = "Namespace has no default-deny NetworkPolicy for ingress",
    description =
        "By default every pod accepts connections from every other pod and from outside the cluster."
            + " A NetworkPolicy with an empty podSelector and Ingress in its policyTypes isolates every"
            + " pod of the namespace, including pods created later, so that only what a rule allows gets"
            + " in. Reported on the Namespace object, or on the first workload of a namespace the"
            + " manifests do not define.",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_POLICY,
    kinds = {"Namespace", CheckInfo.WORKLOADS},
    scope = Scope.INVENTORY,
    reads = {"Namespace", "NetworkPolicy", "AdminNetworkPolicy", CheckInfo.WORKLOADS},
    remediation =
        "Add a NetworkPolicy with podSelector: {} and policyTypes: [Ingress] (and no ingress rules) to the"
            + " namespace, then allow the traffic each workload needs; 'bulwark netpol suggest' drafts them.",
    frameworks = {"NSA:network-separation", "CIS:5.3.2"})
public final class NamespaceWithoutDefaultDenyIngress implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return DefaultDeny.missing(resource, context, Direction.INGRESS);
  }
}
