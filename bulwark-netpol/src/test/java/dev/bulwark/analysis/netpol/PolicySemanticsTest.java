package dev.bulwark.analysis.netpol;

import static dev.bulwark.analysis.netpol.Scenario.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The NetworkPolicy rules any correct analyser must get right, one small scenario each. */
class PolicySemanticsTest {
  private static final String TWO_APPS = deployment("a", "web", "{app: web}") + deployment("a", "api", "{app: api}", "http:8080/TCP");

  private static String policy(String namespace, String name, String spec) {
    return "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: " + name + ", namespace: " + namespace
        + "}\nspec:\n" + spec;
  }

  @Test
  void noPolicyAllowsEverything() {
    assertThat(Scenario.of(TWO_APPS).conns("a/web", "a/api")).isEqualTo("All Connections");
  }

  @Test
  void policyTypesDefaultToIngressAndEgressOnlyWithEgressRules() {
    Scenario s = Scenario.of(TWO_APPS + policy("a", "p", "  podSelector: {}\n  egress: []\n"));
    assertThat(s.conns("a/web", "a/api")).as("ingress isolated, no rules").isEqualTo("No Connections");
    assertThat(s.conns("a/web", "1.2.3.4")).as("egress: [] without policyTypes leaves egress open").isEqualTo("All Connections");
    Scenario egressOnly = Scenario.of(TWO_APPS + policy("a", "p", "  podSelector: {}\n  policyTypes: [Egress]\n"));
    assertThat(egressOnly.conns("a/web", "1.2.3.4")).isEqualTo("No Connections");
    assertThat(egressOnly.conns("1.2.3.4", "a/web")).isEqualTo("All Connections");
  }

  @Test
  void rulesOfADirectionNotInPolicyTypesAreIgnored() {
    Scenario s = Scenario.of(TWO_APPS + policy("a", "p", "  podSelector: {matchLabels: {app: api}}\n  policyTypes: [Ingress]\n"
        + "  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]\n  egress: []\n"));
    assertThat(s.conns("a/web", "a/api")).isEqualTo("All Connections");
    assertThat(s.conns("a/api", "1.2.3.4")).isEqualTo("All Connections");
  }

  @Test
  void emptyRuleAllowsAllEmptyListDeniesAll() {
    assertThat(Scenario.of(TWO_APPS + policy("a", "p", "  podSelector: {}\n  ingress: [{}]\n")).conns("1.2.3.4", "a/api"))
        .isEqualTo("All Connections");
    assertThat(Scenario.of(TWO_APPS + policy("a", "p", "  podSelector: {}\n  ingress: []\n")).conns("1.2.3.4", "a/api"))
        .isEqualTo("No Connections");
  }

  @Test
  void selectorsInOnePeerAreAndedInTwoPeersOred() {
    String pods = TWO_APPS + deployment("b", "web", "{app: web}") + deployment("b", "other", "{app: other}")
        + "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b, labels: {team: b}}\n";
    Scenario and = Scenario.of(pods + policy("a", "p", "  podSelector: {matchLabels: {app: api}}\n  ingress:\n"
        + "    - from:\n        - namespaceSelector: {matchLabels: {team: b}}\n          podSelector: {matchLabels: {app: web}}\n"));
    assertThat(and.conns("b/web", "a/api")).isEqualTo("All Connections");
    assertThat(and.conns("b/other", "a/api")).isEqualTo("No Connections");
    assertThat(and.conns("a/web", "a/api")).isEqualTo("No Connections");
    Scenario or = Scenario.of(pods + policy("a", "p", "  podSelector: {matchLabels: {app: api}}\n  ingress:\n"
        + "    - from:\n        - namespaceSelector: {matchLabels: {team: b}}\n        - podSelector: {matchLabels: {app: web}}\n"));
    assertThat(or.conns("b/other", "a/api")).isEqualTo("All Connections");
    assertThat(or.conns("a/web", "a/api")).as("podSelector alone: the policy's namespace").isEqualTo("All Connections");
  }

  @Test
  void namespacesKnownOnlyFromReferencesCarryTheirNameLabel() {
    Scenario s = Scenario.of(TWO_APPS + deployment("monitoring", "prom", "{app: prom}")
        + policy("a", "p", "  podSelector: {}\n  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}]}]\n"));
    assertThat(s.conns("monitoring/prom", "a/api")).isEqualTo("All Connections");
    assertThat(s.conns("a/web", "a/api")).isEqualTo("No Connections");
  }

  @Test
  void namedPortsResolvePerDestinationByNameAndProtocol() {
    String pods = deployment("a", "client", "{app: client}") + deployment("a", "one", "{role: server}", "http:8080/TCP")
        + deployment("a", "two", "{role: server}", "http:9090/TCP") + deployment("a", "udp", "{role: server}", "http:7070/UDP");
    Scenario s = Scenario.of(pods + policy("a", "p", "  podSelector: {matchLabels: {role: server}}\n  ingress: [{ports: [{port: http}]}]\n"));
    assertThat(s.conns("a/client", "a/one")).isEqualTo("TCP 8080");
    assertThat(s.conns("a/client", "a/two")).isEqualTo("TCP 9090");
    assertThat(s.conns("a/client", "a/udp")).as("name matches, protocol does not").isEqualTo("No Connections");
  }

  @Test
  void endPortSctpAndProtocolDefaults() {
    Scenario s = Scenario.of(TWO_APPS + policy("a", "p", "  podSelector: {matchLabels: {app: api}}\n  ingress:\n"
        + "    - ports: [{port: 8000, endPort: 8002}, {protocol: SCTP, port: 7000}, {protocol: UDP}]\n"));
    assertThat(s.conns("a/web", "a/api")).isEqualTo("SCTP 7000,TCP 8000-8002,UDP 1-65535");
  }

  @Test
  void bothEndsMustAllow() {
    Scenario s = Scenario.of(TWO_APPS
        + policy("a", "out", "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n  egress: [{ports: [{port: 8080}, {port: 9000}]}]\n")
        + policy("a", "in", "  podSelector: {matchLabels: {app: api}}\n  ingress: [{ports: [{port: 8080}, {port: 8443}]}]\n"));
    assertThat(s.conns("a/web", "a/api")).isEqualTo("TCP 8080");
  }

  @Test
  void ipBlocksMatchOnlyExternalAddressesAndCutTheSpace() {
    Scenario s = Scenario.of(TWO_APPS + policy("a", "p", "  podSelector: {matchLabels: {app: api}}\n  ingress:\n"
        + "    - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}, {ipBlock: {cidr: '2001:db8::/32'}}]\n"));
    assertThat(s.conns("10.2.3.4", "a/api")).isEqualTo("All Connections");
    assertThat(s.conns("10.1.3.4", "a/api")).isEqualTo("No Connections");
    assertThat(s.conns("2001:db8::5", "a/api")).isEqualTo("All Connections");
    assertThat(s.conns("a/web", "a/api")).as("ipBlocks never match pods").isEqualTo("No Connections");
    assertThat(s.engine.externalSources()).extracting(Peer::displayName).contains(
        "10.1.0.0-10.1.255.255[External]", "2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff[External]");
  }

  @Test
  void adminPoliciesByPriorityWithPassAndBaseline() {
    String anps = """
        ---
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata: {name: pass-web}
        spec:
          priority: 5
          subject: {namespaces: {}}
          ingress:
            - {name: pass, action: Pass, from: [{pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}}]}
        ---
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata: {name: deny-all}
        spec:
          priority: 50
          subject: {namespaces: {}}
          ingress:
            - {name: deny, action: Deny, from: [{namespaces: {}}], ports: [{portNumber: {protocol: TCP, port: 8080}}]}
        ---
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: BaselineAdminNetworkPolicy
        metadata: {name: default}
        spec:
          subject: {namespaces: {}}
          ingress:
            - {name: deny-udp, action: Deny, from: [{namespaces: {}}], ports: [{portRange: {protocol: UDP, start: 1, end: 65535}}]}
        """;
    String pods = TWO_APPS + deployment("b", "db", "{app: db}") + deployment("a", "job", "{app: job}");
    Scenario s = Scenario.of(pods + anps);
    assertThat(s.conns("a/job", "a/api")).as("deny at 50, baseline denies UDP, rest default")
        .isEqualTo("SCTP 1-65535,TCP 1-8079,8081-65535");
    assertThat(s.conns("a/web", "a/api")).as("passed at 5: the deny at 50 no longer applies, baseline does")
        .isEqualTo("SCTP 1-65535,TCP 1-65535");
    Scenario withPolicy = Scenario.of(pods + anps + policy("a", "api", "  podSelector: {matchLabels: {app: api}}\n  ingress: [{ports: [{port: 8080}, {port: 53, protocol: UDP}]}]\n"));
    assertThat(withPolicy.conns("a/web", "a/api")).as("passed: the NetworkPolicy decides, the baseline does not").isEqualTo("TCP 8080,UDP 53");
    assertThat(withPolicy.conns("a/job", "a/api")).as("denied by the admin policy before the NetworkPolicy").isEqualTo("UDP 53");
  }

  @Test
  void hostNetworkPodsAreAnalysedWithAWarning() {
    String pod = "---\napiVersion: v1\nkind: Pod\nmetadata: {name: node-agent, namespace: a, labels: {app: agent}}\n"
        + "spec:\n  hostNetwork: true\n  containers: [{name: c, image: c:1}]\n";
    ClusterModel model = ClusterModel.read(RandomClusters.load(TWO_APPS + pod));
    assertThat(model.warnings()).anySatisfy(w -> assertThat(w).contains("a/node-agent[Pod] uses the host network"));
  }

  @Test
  void controllerOwnedPodsFoldIntoTheirOwner() {
    String pods = """
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web-7d4b9-abcde
          namespace: a
          labels: {app: web}
          ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4b9, controller: true}]
        spec: {containers: [{name: c, image: c:1}]}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web-7d4b9-fghij
          namespace: a
          labels: {app: web}
          ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4b9, controller: true}]
        spec: {containers: [{name: c, image: c:1}]}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: kube-proxy-node1
          namespace: a
          ownerReferences: [{apiVersion: v1, kind: Node, name: node1, controller: true}]
        spec: {containers: [{name: c, image: c:1}]}
        """;
    ClusterModel model = ClusterModel.read(RandomClusters.load(pods));
    assertThat(model.workloads()).extracting(Workload::displayName)
        .containsExactly("a/kube-proxy-node1[Pod]", "a/web-7d4b9[ReplicaSet]");
  }
}
