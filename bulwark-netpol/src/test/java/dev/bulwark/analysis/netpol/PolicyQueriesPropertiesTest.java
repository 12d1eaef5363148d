package dev.bulwark.analysis.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import org.junit.jupiter.api.Test;

/**
 * The indexed queries the checks use agree with their plain definitions, over seeded random
 * clusters: {@link PolicyQueries#matchesAny} looks only at the namespaces a peer can reach, and
 * policies are found by object rather than by scanning the list.
 */
class PolicyQueriesPropertiesTest {
  private static final int RUNS = 300;

  @Test
  void matchesAnyIsMatchingNotEmpty() {
    int peers = 0;
    for (long seed = 1; seed <= RUNS; seed++) {
      String manifests = RandomClusters.manifests(seed, false);
      PolicyQueries q = PolicyQueries.of(RandomClusters.load(manifests));
      for (NetworkPolicy p : q.model().networkPolicies()) {
        for (Direction d : Direction.values()) {
          for (PolicyRule rule : p.rules(d)) {
            for (RulePeer peer : rule.peers()) {
              if (peer instanceof RulePeer.Selector s) {
                peers++;
                assertThat(q.matchesAny(s, p.namespace()))
                    .as("seed %d: %s of %s%n%s", seed, s, p.fullName(), manifests)
                    .isEqualTo(!q.matching(s, p.namespace()).isEmpty());
              }
            }
          }
        }
      }
    }
    assertThat(peers).isGreaterThan(100);
  }

  @Test
  void eachPolicyIsFoundByItsObject() {
    for (long seed = 1; seed <= RUNS; seed++) {
      Inventory inventory = RandomClusters.load(RandomClusters.manifests(seed, false));
      PolicyQueries q = PolicyQueries.of(inventory);
      for (Resource r : inventory.all()) {
        NetworkPolicy expected = null;
        for (NetworkPolicy p : q.model().networkPolicies()) {
          if (p.source() == r) {
            expected = p;
            break;
          }
        }
        assertThat(q.networkPolicy(r)).as("seed %d: %s", seed, r.ref()).isSameAs(expected);
      }
    }
  }
}
