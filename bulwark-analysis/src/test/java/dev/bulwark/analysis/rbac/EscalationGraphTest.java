package dev.bulwark.analysis.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.testsupport.Manifests;
import dev.bulwark.api.Resource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of escalation step of the reference's §1.10, alone, then chained. */
class EscalationGraphTest {
  private static final String RBAC = "apiVersion: rbac.authorization.k8s.io/v1\n";

  private static String clusterRole(String name, String rules) {
    return RBAC + "kind: ClusterRole\nmetadata: {name: " + name + "}\nrules: " + rules + "\n---\n";
  }

  private static String crb(String name, String role, String subject) {
    return RBAC
        + "kind: ClusterRoleBinding\nmetadata: {name: "
        + name
        + "}\nroleRef: {kind: ClusterRole, name: "
        + role
        + "}\nsubjects: ["
        + subject
        + "]\n---\n";
  }

  private static String rb(String ns, String name, String role, String subject) {
    return RBAC
        + "kind: RoleBinding\nmetadata: {name: "
        + name
        + ", namespace: "
        + ns
        + "}\nroleRef: {kind: ClusterRole, name: "
        + role
        + "}\nsubjects: ["
        + subject
        + "]\n---\n";
  }

  /** ci/deployer is an admin; the tests give others a way to it. */
  private static final String ADMIN_ACCOUNT =
      crb(
          "deployer-admin",
          "cluster-admin",
          "{kind: ServiceAccount, name: deployer, namespace: ci}");

  private static EscalationGraph graph(String yaml) {
    List<Resource> resources = Manifests.parse(yaml);
    RbacModel model = RbacModel.build(resources, RbacOptions.forScan());
    return EscalationGraph.build(model, PodAccounts.of(resources, "default"));
  }

  private static Optional<EscalationPath> from(EscalationGraph g, Subject s) {
    return g.paths().stream().filter(p -> p.start().equals(EscalationNode.of(s))).findFirst();
  }

  private static List<String> hops(EscalationPath p) {
    return p.hops().stream().map(h -> h.from() + " -> " + h.to()).toList();
  }

  @Test
  void creatingPodsInANamespaceBecomesItsAccounts() {
    EscalationGraph g =
        graph(
            ADMIN_ACCOUNT
                + clusterRole("runner", "[{apiGroups: [''], resources: [pods], verbs: [create]}]")
                + rb("ci", "alice-runs", "runner", "{kind: User, name: alice}"));
    EscalationPath p = from(g, Subject.user("alice")).orElseThrow();
    assertThat(hops(p))
        .containsExactly("user:alice -> sa:ci:deployer", "sa:ci:deployer -> cluster-admin");
    assertThat(p.hops().get(0).how())
        .startsWith("can create pods or pod controllers in namespace ci")
        .contains("becomes sa:ci:deployer");
    assertThat(p.hops().get(0).grant().binding().ref())
        .isEqualTo(RbacRef.roleBinding("ci", "alice-runs"));
  }

  @Test
  void podsInAnotherNamespaceLeadNowhere() {
    EscalationGraph g =
        graph(
            ADMIN_ACCOUNT
                + clusterRole("runner", "[{apiGroups: [''], resources: [pods], verbs: [create]}]")
                + rb("web", "alice-runs", "runner", "{kind: User, name: alice}"));
    assertThat(from(g, Subject.user("alice"))).isEmpty();
  }

  @Test
  void adminsAreNotEscalating() {
    EscalationGraph g =
        graph(ADMIN_ACCOUNT + crb("ops", "cluster-admin", "{kind: Group, name: ops}"));
    assertThat(g.paths()).isEmpty();
  }

  @Test
  void impersonatingSystemMastersIsOneHop() {
    EscalationGraph g =
        graph(
            clusterRole(
                    "imp",
                    "[{apiGroups: [''], resources: [groups], verbs: [impersonate], resourceNames:"
                        + " ['system:masters']}]")
                + crb("imp", "imp", "{kind: User, name: support}"));
    assertThat(hops(from(g, Subject.user("support")).orElseThrow()))
        .containsExactly("user:support -> cluster-admin");
  }

  @Test
  void impersonatingUsersThroughARoleBindingDoesNothing() {
    EscalationGraph g =
        graph(
            crb("root", "cluster-admin", "{kind: User, name: root}")
                + clusterRole(
                    "imp", "[{apiGroups: [''], resources: [users, groups], verbs: [impersonate]}]")
                + rb("team", "imp", "imp", "{kind: User, name: support}"));
    assertThat(from(g, Subject.user("support"))).isEmpty();
  }

  @Test
  void impersonatingAUserWhoIsAdmin() {
    EscalationGraph g =
        graph(
            crb("root", "cluster-admin", "{kind: User, name: root}")
                + clusterRole(
                    "imp",
                    "[{apiGroups: [''], resources: [users], verbs: [impersonate], resourceNames:"
                        + " [root]}]")
                + crb("imp", "imp", "{kind: User, name: support}"));
    assertThat(hops(from(g, Subject.user("support")).orElseThrow()))
        .containsExactly("user:support -> user:root", "user:root -> cluster-admin");
  }

  @Test
  void bindAndCreateBindingsIsAdmin() {
    EscalationGraph g =
        graph(
            clusterRole(
                    "granter",
                    "[{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs:"
                        + " [bind]}, {apiGroups: [rbac.authorization.k8s.io], resources:"
                        + " [clusterrolebindings], verbs: [create]}]")
                + crb("granter", "granter", "{kind: User, name: lead}"));
    assertThat(hops(from(g, Subject.user("lead")).orElseThrow()))
        .containsExactly("user:lead -> cluster-admin");
  }

  @Test
  void bindWithoutCreatingBindingsIsNothing() {
    EscalationGraph g =
        graph(
            clusterRole(
                    "granter",
                    "[{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs:"
                        + " [bind]}]")
                + crb("granter", "granter", "{kind: User, name: lead}"));
    assertThat(from(g, Subject.user("lead"))).isEmpty();
  }

  @Test
  void escalateAndUpdateClusterRolesIsAdmin() {
    EscalationGraph g =
        graph(
            clusterRole(
                    "esc",
                    "[{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs:"
                        + " [escalate, update]}]")
                + crb("esc", "esc", "{kind: ServiceAccount, name: bot, namespace: tools}"));
    assertThat(hops(from(g, Subject.serviceAccount("tools", "bot")).orElseThrow()))
        .containsExactly("sa:tools:bot -> cluster-admin");
  }

  @Test
  void readingSecretsReachesLegacyTokens() {
    String token =
        "apiVersion: v1\n"
            + "kind: Secret\n"
            + "metadata: {name: deployer-token, namespace: ci, annotations:"
            + " {kubernetes.io/service-account.name: deployer}}\n"
            + "type: kubernetes.io/service-account-token\n"
            + "---\n";
    EscalationGraph g =
        graph(
            ADMIN_ACCOUNT
                + token
                + clusterRole("reader", "[{apiGroups: [''], resources: [secrets], verbs: [list]}]")
                + rb("ci", "reader", "reader", "{kind: Group, name: auditors}"));
    EscalationPath p = from(g, Subject.group("auditors")).orElseThrow();
    assertThat(hops(p))
        .containsExactly("group:auditors -> sa:ci:deployer", "sa:ci:deployer -> cluster-admin");
    assertThat(p.hops().get(0).how()).contains("token Secret of sa:ci:deployer");
  }

  @Test
  void execIntoAPodBecomesItsAccount() {
    String deployment =
        "apiVersion: apps/v1\n"
            + "kind: Deployment\n"
            + "metadata: {name: deploy, namespace: ci}\n"
            + "spec: {template: {spec: {serviceAccountName: deployer, containers: [{name: c, image:"
            + " x}]}}}\n"
            + "---\n";
    EscalationGraph g =
        graph(
            ADMIN_ACCOUNT
                + deployment
                + clusterRole(
                    "shell", "[{apiGroups: [''], resources: [pods/exec], verbs: [create]}]")
                + rb("ci", "shell", "shell", "{kind: User, name: dev}"));
    EscalationPath p = from(g, Subject.user("dev")).orElseThrow();
    assertThat(hops(p))
        .containsExactly("user:dev -> sa:ci:deployer", "sa:ci:deployer -> cluster-admin");
    assertThat(p.hops().get(0).how()).contains("Deployment ci/deploy runs as it");
  }

  @Test
  void nodesProxyReachesEveryRunningPod() {
    String pod =
        "apiVersion: v1\n"
            + "kind: Pod\n"
            + "metadata: {name: p, namespace: ci}\n"
            + "spec: {serviceAccountName: deployer, containers: [{name: c, image: x}]}\n"
            + "---\n";
    EscalationGraph g =
        graph(
            ADMIN_ACCOUNT
                + pod
                + clusterRole(
                    "kubelet", "[{apiGroups: [''], resources: [nodes/proxy], verbs: [get]}]")
                + crb(
                    "kubelet",
                    "kubelet",
                    "{kind: ServiceAccount, name: scraper, namespace: monitoring}"));
    assertThat(hops(from(g, Subject.serviceAccount("monitoring", "scraper")).orElseThrow()))
        .containsExactly(
            "sa:monitoring:scraper -> sa:ci:deployer", "sa:ci:deployer -> cluster-admin");
  }

  @Test
  void approvingClientCertificatesIsAdmin() {
    EscalationGraph g =
        graph(
            clusterRole(
                    "csr",
                    "[{apiGroups: [certificates.k8s.io], resources:"
                        + " [certificatesigningrequests/approval], verbs: [update]}, {apiGroups:"
                        + " [certificates.k8s.io], resources: [signers], verbs: [approve],"
                        + " resourceNames: [kubernetes.io/kube-apiserver-client]}]")
                + crb("csr", "csr", "{kind: User, name: pki}"));
    assertThat(hops(from(g, Subject.user("pki")).orElseThrow()))
        .containsExactly("user:pki -> cluster-admin");
  }

  @Test
  void namespaceBindAndTokensChainThroughGroups() {
    // devs may bind any role in ci (so become its accounts); every ServiceAccount may mint tokens
    // in ci.
    EscalationGraph g =
        graph(
            ADMIN_ACCOUNT
                + clusterRole(
                    "granter",
                    "[{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs:"
                        + " [bind]}, {apiGroups: [rbac.authorization.k8s.io], resources:"
                        + " [rolebindings], verbs: [create]}]")
                + rb("ci", "devs-grant", "granter", "{kind: Group, name: devs}")
                + clusterRole(
                    "minter",
                    "[{apiGroups: [''], resources: [serviceaccounts/token], verbs: [create]}]")
                + rb("ci", "minters", "minter", "{kind: Group, name: 'system:serviceaccounts'}")
                + rb("web", "web-view", "view", "{kind: ServiceAccount, name: web}"));
    assertThat(hops(from(g, Subject.group("devs")).orElseThrow()))
        .containsExactly("group:devs -> sa:ci:deployer", "sa:ci:deployer -> cluster-admin");
    assertThat(hops(from(g, Subject.serviceAccount("web", "web")).orElseThrow()))
        .containsExactly(
            "sa:web:web -> group:system:serviceaccounts",
            "group:system:serviceaccounts -> sa:ci:deployer",
            "sa:ci:deployer -> cluster-admin");
  }

  @Test
  void accountPowerIsComputedNotAssumed() {
    String yaml =
        clusterRole("reader", "[{apiGroups: [''], resources: [secrets], verbs: [get]}]")
            + crb("sync", "reader", "{kind: ServiceAccount, name: sync, namespace: tools}")
            + rb("web", "own", "reader", "{kind: ServiceAccount, name: web}")
            + rb("db", "other", "reader", "{kind: ServiceAccount, name: backup, namespace: web}")
            + crb("batch", "reader", "{kind: Group, name: 'system:serviceaccounts:batch'}")
            + "apiVersion: v1\n"
            + "kind: ServiceAccount\n"
            + "metadata: {name: app, namespace: kube-system}\n";
    List<Resource> resources = Manifests.parse(yaml);
    RbacModel model = RbacModel.build(resources, RbacOptions.forScan());
    AccountPower power = AccountPower.of(model, PodAccounts.of(resources, "default"));
    assertThat(power.powerfulAccounts())
        .containsExactlyInAnyOrder(
            Subject.serviceAccount("tools", "sync"),
            Subject.serviceAccount("web", "backup"),
            Subject.serviceAccount("batch", "default"));
    assertThat(power.powerfulAccountsIn("kube-system"))
        .as("kube-system is not powerful by name")
        .isEmpty();
    assertThat(power.reasons(Subject.serviceAccount("tools", "sync")).get(0).toString())
        .isEqualTo("read secrets cluster-wide through ClusterRoleBinding \"sync\"");
  }
}
