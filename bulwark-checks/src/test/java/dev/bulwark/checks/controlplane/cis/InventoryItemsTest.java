package dev.bulwark.checks.controlplane.cis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.controlplane.Manifests;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The items judged on several objects or files of the inputs: section 5 (RBAC objects, service
 * accounts, pods), 1.2.27 and 1.2.28 (the API server and its encryption configuration), 3.2.1. Each
 * with a passing, a failing and a not-evaluated case.
 */
class InventoryItemsTest {
  private static final CisBenchmark BENCHMARK = CisBenchmark.named("cis-1.12");

  private static final String API_SERVER_WITH_ENCRYPTION =
      "apiVersion: v1\n"
          + "kind: Pod\n"
          + "metadata:\n"
          + "  name: kube-apiserver\n"
          + "  namespace: kube-system\n"
          + "spec:\n"
          + "  containers:\n"
          + "  - name: kube-apiserver\n"
          + "    image: registry.k8s.io/kube-apiserver:v1.32.2\n"
          + "    command: [kube-apiserver,"
          + " --encryption-provider-config=/etc/kubernetes/enc/encryption.yaml,"
          + " --audit-policy-file=/etc/kubernetes/audit.yaml]\n";

  private static String encryption(String firstProvider) {
    return "---\n"
               + "apiVersion: apiserver.config.k8s.io/v1\n"
               + "kind: EncryptionConfiguration\n"
               + "resources:\n"
               + "- resources: [events]\n"
               + "  providers:\n"
               + "  - identity: {}\n"
               + "- resources: [secrets]\n"
               + "  providers:\n"
               + "  - "
        + firstProvider
        + "\n  - identity: {}\n";
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("1.2.27", API_SERVER_WITH_ENCRYPTION, CisStatus.PASS),
        Arguments.of(
            "1.2.27",
            "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n",
            CisStatus.WARN),
        Arguments.of("3.2.1", API_SERVER_WITH_ENCRYPTION, CisStatus.PASS),
        Arguments.of(
            "3.2.1",
            "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n",
            CisStatus.WARN),
        // 1.2.28 reads the entry that applies to secrets, not the first entry of the file
        Arguments.of(
            "1.2.28",
            API_SERVER_WITH_ENCRYPTION + encryption("secretbox: {keys: [{name: k, secret: x}]}"),
            CisStatus.PASS),
        Arguments.of(
            "1.2.28",
            API_SERVER_WITH_ENCRYPTION
                + encryption("kms: {apiVersion: v2, name: vault, endpoint: unix:///kms.sock}"),
            CisStatus.PASS),
        Arguments.of(
            "1.2.28",
            API_SERVER_WITH_ENCRYPTION + encryption("aesgcm: {keys: [{name: k, secret: x}]}"),
            CisStatus.WARN),
        Arguments.of(
            "1.2.28", API_SERVER_WITH_ENCRYPTION + encryption("identity: {}"), CisStatus.WARN),
        Arguments.of(
            "1.2.28", API_SERVER_WITH_ENCRYPTION, CisStatus.WARN), // file not among the inputs
        Arguments.of("5.1.1", crb("cluster-admin", "cluster-admin"), CisStatus.PASS),
        Arguments.of("5.1.1", crb("ci-admin", "cluster-admin"), CisStatus.WARN),
        Arguments.of("5.1.1", crb("viewers", "view"), CisStatus.PASS),
        Arguments.of(
            "5.1.2", crb("ci-admin", "cluster-admin"), CisStatus.WARN), // not evaluated from files
        Arguments.of("5.1.3", role("ClusterRole", "verbs: [get, list]"), CisStatus.PASS),
        Arguments.of("5.1.3", role("ClusterRole", "verbs: [\"*\"]"), CisStatus.WARN),
        Arguments.of(
            "5.1.3", role("Role", "verbs: [get, \"*\"]"), CisStatus.PASS), // only a lone "*" counts
        Arguments.of("5.1.5", serviceAccount("default", "false"), CisStatus.PASS),
        Arguments.of("5.1.5", serviceAccount("default", null), CisStatus.WARN),
        Arguments.of(
            "5.1.5",
            serviceAccount("builder", null),
            CisStatus.WARN), // no default account: not evaluated
        Arguments.of(
            "5.1.6",
            serviceAccount("default", "false") + pod("automountServiceAccountToken: false"),
            CisStatus.PASS),
        Arguments.of(
            "5.1.6",
            serviceAccount("default", "true") + pod("automountServiceAccountToken: false"),
            CisStatus.PASS),
        Arguments.of(
            "5.1.6",
            serviceAccount("default", null) + pod("automountServiceAccountToken: false"),
            CisStatus.WARN),
        Arguments.of(
            "5.1.6",
            pod("hostNetwork: false"),
            CisStatus.WARN), // account not among the inputs counts as unset
        Arguments.of(
            "5.2.2",
            pod("containers: [{name: a, image: a, securityContext: {privileged: false}}]"),
            CisStatus.PASS),
        Arguments.of(
            "5.2.2",
            pod("containers: [{name: a, image: a, securityContext: {privileged: true}}]"),
            CisStatus.WARN),
        Arguments.of(
            "5.2.2",
            pod("initContainers: [{name: i, image: i, securityContext: {privileged: true}}]"),
            CisStatus.PASS),
        Arguments.of("5.2.3", pod("hostPID: false"), CisStatus.PASS),
        Arguments.of("5.2.3", deployment("hostPID: true"), CisStatus.WARN),
        Arguments.of("5.2.4", pod("hostIPC: true"), CisStatus.WARN),
        Arguments.of("5.2.5", pod("hostNetwork: true"), CisStatus.WARN),
        Arguments.of("5.2.5", crb("viewers", "view"), CisStatus.WARN), // no pods: not evaluated
        Arguments.of("5.2.6", pod("containers: [{name: a, image: a}]"), CisStatus.PASS),
        Arguments.of(
            "5.2.6",
            pod(
                "containers: [{name: a, image: a, securityContext: {allowPrivilegeEscalation:"
                    + " true}}]"),
            CisStatus.WARN));
  }

  @ParameterizedTest(name = "{0} -> {2} [{index}]")
  @MethodSource("cases")
  void judgesTheObjectsLikeKubeBench(String id, String yaml, CisStatus expected) {
    CisResult result =
        BENCHMARK.evaluate(ManifestInputs.of(Manifests.inventory(yaml))).stream()
            .filter(r -> r.item().id().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(result.status()).as(result.reason() + " " + result.evidence()).isEqualTo(expected);
  }

  private static String crb(String name, String role) {
    return "---\n"
               + "apiVersion: rbac.authorization.k8s.io/v1\n"
               + "kind: ClusterRoleBinding\n"
               + "metadata:\n"
               + "  name: "
        + name
        + "\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: "
        + role
        + "\nsubjects:\n- kind: Group\n  name: ops\n  apiGroup: rbac.authorization.k8s.io\n";
  }

  private static String role(String kind, String verbs) {
    return "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: "
        + kind
        + "\nmetadata:\n  name: r\n  namespace: ns\n"
        + "rules:\n- apiGroups: [\"\"]\n  resources: [pods]\n  "
        + verbs
        + "\n";
  }

  private static String serviceAccount(String name, String automount) {
    return "---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: "
        + name
        + "\n  namespace: shop\n"
        + (automount == null ? "" : "automountServiceAccountToken: " + automount + "\n");
  }

  private static String pod(String specField) {
    String containers =
        specField.startsWith("containers") ? "" : "  containers: [{name: app, image: app}]\n";
    return "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  "
        + specField
        + "\n"
        + containers;
  }

  private static String deployment(String specField) {
    return "---\n"
               + "apiVersion: apps/v1\n"
               + "kind: Deployment\n"
               + "metadata:\n"
               + "  name: web\n"
               + "  namespace: shop\n"
               + "spec:\n"
               + "  selector: {matchLabels: {app: web}}\n"
               + "  template:\n"
               + "    metadata: {labels: {app: web}}\n"
               + "    spec:\n"
               + "      "
        + specField
        + "\n      containers: [{name: app, image: app}]\n";
  }
}
