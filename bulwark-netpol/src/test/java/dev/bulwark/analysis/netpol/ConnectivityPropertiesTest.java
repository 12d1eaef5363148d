package dev.bulwark.analysis.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random clusters (plain JUnit; the same seeds every run, so a failure
 * names the seed that reproduces it). Each failure message carries the generated manifests.
 */
class ConnectivityPropertiesTest {
  private static final int RUNS = 150;

  /** The equivalence-class engine gives what evaluating each pair on its own gives. */
  @Test
  void classesAgreeWithPairByPairEvaluation() {
    for (long seed = 1; seed <= RUNS; seed++) {
      // Odd seeds without admin policies: the class tables' fast path for NetworkPolicy-only subjects.
      String manifests = RandomClusters.manifests(seed, seed % 2 == 0);
      ConnectivityEngine engine = new ConnectivityEngine(ClusterModel.read(RandomClusters.load(manifests)));
      PolicyEvaluator naive = new PolicyEvaluator(engine.model());
      for (Peer src : sources(engine)) {
        for (Peer dst : destinations(engine)) {
          if (src.isExternal() && dst.isExternal()) {
            continue;
          }
          assertThat(engine.allowed(src, dst)).as("seed %d: %s => %s%n%s", seed, src, dst, manifests)
              .isEqualTo(naive.allowed(src, dst));
        }
      }
    }
  }

  /** Adding an allow rule to a policy never takes a connection away. */
  @Test
  void addingAnAllowRuleNeverRemovesAConnection() {
    for (long seed = 1; seed <= RUNS; seed++) {
      String manifests = RandomClusters.manifests(seed, true);
      ClusterModel before = ClusterModel.read(RandomClusters.load(manifests));
      if (before.networkPolicies().isEmpty()) {
        continue;
      }
      NetworkPolicy target = before.networkPolicies().get((int) (seed % before.networkPolicies().size()));
      Direction direction = target.affectsIngress() && (seed % 2 == 0 || !target.affectsEgress()) ? Direction.INGRESS : Direction.EGRESS;
      if (!target.affects(direction)) {
        continue;
      }
      ClusterModel after = withExtraRule(before, target, direction, seed);
      PolicyEvaluator was = new PolicyEvaluator(before);
      PolicyEvaluator is = new PolicyEvaluator(after);
      for (Peer src : probePeers(before)) {
        for (Peer dst : probePeers(before)) {
          if ((src.isExternal() && dst.isExternal()) || src.equals(dst)) {
            continue;
          }
          ConnectionSet old = was.allowed(src, dst);
          assertThat(is.allowed(src, dst).containsAll(old))
              .as("seed %d: %s => %s lost connections after adding a rule to %s%n%s", seed, src, dst, target.fullName(), manifests)
              .isTrue();
        }
      }
    }
  }

  /** A namespace whose only policy is a default-deny admits nothing and lets nothing out. */
  @Test
  void defaultDenyNamespaceAdmitsNothing() {
    for (long seed = 1; seed <= RUNS; seed++) {
      String manifests = RandomClusters.manifests(seed, false)
          .replaceAll("(?m)^  namespace: gamma$", "  namespace: alpha") // gamma keeps only what we add
          + "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: gamma\n"
          + "spec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n"
          + "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: locked\n  namespace: gamma\nspec:\n"
          + "  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web, tier: front}}\n"
          + "    spec:\n      containers: [{name: c, image: c:1, ports: [{name: http, containerPort: 8000}]}]\n";
      ConnectivityEngine engine = new ConnectivityEngine(ClusterModel.read(RandomClusters.load(manifests)));
      for (Peer src : sources(engine)) {
        for (Peer dst : destinations(engine)) {
          if ((src.isExternal() && dst.isExternal()) || src.equals(dst)) {
            continue;
          }
          if (src.namespace().equals("gamma") || dst.namespace().equals("gamma")) {
            assertThat(engine.allowed(src, dst)).as("seed %d: %s => %s%n%s", seed, src, dst, manifests).isEqualTo(ConnectionSet.NONE);
          }
        }
      }
    }
  }

  /** An explanation allows exactly what the listing allows, and its classes cover every port once. */
  @Test
  void explanationsAgreeWithTheListing() {
    for (long seed = 1; seed <= RUNS; seed++) {
      String manifests = RandomClusters.manifests(seed, true);
      ConnectivityEngine engine = new ConnectivityEngine(ClusterModel.read(RandomClusters.load(manifests)));
      Explainer explainer = new Explainer(engine);
      for (Peer src : sources(engine)) {
        for (Peer dst : destinations(engine)) {
          if ((src.isExternal() && dst.isExternal()) || src.equals(dst)) {
            continue;
          }
          PairExplanation e = explainer.explain(src, dst, null);
          assertThat(e.allowed()).as("seed %d: %s => %s%n%s", seed, src, dst, manifests).isEqualTo(engine.allowed(src, dst));
          ConnectionSet covered = ConnectionSet.NONE;
          for (PortClass c : e.classes()) {
            assertThat(covered.intersect(c.connections()).isEmpty()).as("seed %d: overlapping classes", seed).isTrue();
            covered = covered.union(c.connections());
          }
          assertThat(covered.isAll()).as("seed %d: classes cover every port", seed).isTrue();
        }
      }
    }
  }

  private static List<Peer> sources(ConnectivityEngine engine) {
    List<Peer> out = new ArrayList<>(engine.externalSources());
    out.addAll(engine.workloads());
    return out;
  }

  private static List<Peer> destinations(ConnectivityEngine engine) {
    List<Peer> out = new ArrayList<>(engine.externalDestinations());
    out.addAll(engine.workloads());
    return out;
  }

  /** Workloads and fixed probe addresses: the same peers before and after a change. */
  private static List<Peer> probePeers(ClusterModel model) {
    List<Peer> out = new ArrayList<>();
    for (Workload w : model.workloads()) {
      out.add(Peer.of(w));
    }
    for (IpRange r : RandomClusters.probes()) {
      out.add(Peer.external(r));
    }
    return out;
  }

  /** The model with one more rule (random peers and ports) at the end of a policy's rules. */
  private static ClusterModel withExtraRule(ClusterModel model, NetworkPolicy target, Direction direction, long seed) {
    String extra = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: carrier\n  namespace: "
        + target.namespace() + "\nspec:\n  podSelector: {}\n  policyTypes: [" + direction.label() + "]\n  "
        + direction.name().toLowerCase(java.util.Locale.ROOT) + ":\n"
        + RandomClustersRules.rule(seed, direction == Direction.EGRESS);
    PolicyRule rule = ClusterModel.read(RandomClusters.load(extra)).networkPolicies().get(0).rules(direction).get(0);
    List<NetworkPolicy> policies = new ArrayList<>();
    for (NetworkPolicy p : model.networkPolicies()) {
      if (p != target) {
        policies.add(p);
        continue;
      }
      List<PolicyRule> ingress = new ArrayList<>(p.ingress());
      List<PolicyRule> egress = new ArrayList<>(p.egress());
      (direction == Direction.INGRESS ? ingress : egress).add(rule);
      policies.add(new NetworkPolicy(p.namespace(), p.name(), p.podSelector(), p.affectsIngress(), p.affectsEgress(), ingress, egress, p.source()));
    }
    return new ClusterModel(model.namespaces(), model.workloads(), policies, model.adminPolicies(), model.baseline(),
        model.services(), model.ingressEntries(), model.warnings());
  }
}
