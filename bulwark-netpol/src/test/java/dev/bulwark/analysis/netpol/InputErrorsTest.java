package dev.bulwark.analysis.netpol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the analysis refuses, and how it says so. */
class InputErrorsTest {

  private static void fails(String spec, String message) {
    String yaml = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: a}\nspec:\n" + spec;
    assertThatThrownBy(() -> ClusterModel.read(RandomClusters.load(yaml)))
        .isInstanceOf(NetpolInputException.class).hasMessageContaining("NetworkPolicy 'a/p'").hasMessageContaining(message);
  }

  @Test
  void invalidRules() {
    fails("  podSelector: {}\n  ingress: [{from: [{}]}]\n", "cannot have empty rule peer");
    fails("  podSelector: {}\n  ingress: [{from: [{podSelector: {}, ipBlock: {cidr: 0.0.0.0/0}}]}]\n", "cannot have both IPBlock");
    fails("  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: A}}]}]\n", "CIDR error: invalid CIDR address");
    fails("  podSelector: {}\n  egress: [{to: [{ipBlock: {cidr: 0.0.0.0/0}}], ports: [{port: http}]}]\n", "cannot convert named port for an IP destination");
    fails("  podSelector: {}\n  ingress: [{ports: [{port: http, endPort: 90}]}]\n", "endPort field cannot be defined");
    fails("  podSelector: {}\n  ingress: [{ports: [{port: 10, endPort: 1}]}]\n", "port range 10-1 is illegal");
    fails("  podSelector: {}\n  ingress: [{ports: [{port: 80, protocol: ICMP}]}]\n", "unsupported protocol");
  }

  @Test
  void duplicateNamesAreWarnedAboutAndDuplicatePrioritiesRefused() {
    String np = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: a}\nspec: {podSelector: {}}\n";
    ClusterModel twice = ClusterModel.read(RandomClusters.load(np + "---\n" + np));
    assertThat(twice.networkPolicies()).hasSize(1);
    assertThat(twice.warnings()).anySatisfy(w -> assertThat(w).contains("a/p is defined more than once"));
    String anp = "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: %s}\n"
        + "spec: {priority: 7, subject: {namespaces: {}}, ingress: [{name: r, action: Deny, from: [{namespaces: {}}]}]}\n";
    assertThatThrownBy(() -> ClusterModel.read(RandomClusters.load(String.format(anp, "first") + "---\n" + String.format(anp, "second"))))
        .isInstanceOf(NetpolInputException.class).hasMessageContaining("have same priority");
  }
}
