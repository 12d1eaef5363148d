package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.analysis.netpol.Direction;
import dev.bulwark.analysis.netpol.PolicyQueries;
import dev.bulwark.analysis.netpol.Workload;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import java.util.ArrayList;
import java.util.List;

/** Flags workloads that no policy of any layer selects for ingress or for egress. */
@CheckInfo(
    id = "workload-not-isolated",
    summary = "Workload is not isolated by any NetworkPolicy",
    description =
        "A pod that no NetworkPolicy (or AdminNetworkPolicy) selects for a direction allows everything"
            + " in that direction: any pod of the cluster, and anything outside that can reach it, may"
            + " connect to it, and it may connect anywhere.",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_POLICY,
    kinds = {CheckInfo.WORKLOADS},
    scope = Scope.INVENTORY,
    reads = {"Namespace", "NetworkPolicy", "AdminNetworkPolicy", CheckInfo.WORKLOADS},
    remediation =
        "Select the workload with a NetworkPolicy for Ingress and Egress (a namespace-wide default-deny"
            + " does it for every workload) and allow only the connections it needs.",
    frameworks = {"NSA:network-separation", "CIS:5.3.2"})
public final class WorkloadNotIsolated implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    PolicyQueries q = PolicyQueries.of(context.inventory());
    Workload w = q.workload(resource);
    if (w == null) {
      return List.of();
    }
    List<String> open = new ArrayList<>();
    for (Direction d : Direction.values()) {
      if (!q.isProtected(w, d)) {
        open.add(d.label().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (open.isEmpty()) {
      return List.of();
    }
    return List.of(Violation.at(Workloads.podSpec(resource).orElseThrow().metadataPointer(),
        "%s is not isolated for %s: no NetworkPolicy selects it", w.displayName(), String.join(" and ", open)));
  }
}
