package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import java.util.List;

/** The NetworkPolicy checks, found by the engine via ServiceLoader. */
public final class NetpolChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(
        new NamespaceWithoutDefaultDenyIngress(),
        new NamespaceWithoutDefaultDenyEgress(),
        new WorkloadNotIsolated(),
        new NetworkPolicyPeerMatchesNothing(),
        new EgressToInternet(),
        new IngressFromAnywhere(),
        new NetworkPolicyAllowsAll(),
        new EgressDenyBlocksDns());
  }
}
