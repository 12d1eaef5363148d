package dev.bulwark.cis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.controlplane.cis.CisBenchmark;
import dev.bulwark.checks.controlplane.cis.CisResult;
import dev.bulwark.checks.controlplane.cis.CisStatus;
import dev.bulwark.checks.controlplane.cis.Evidence;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end on a fake control-plane node: files with chosen modes and owners, a {@code /proc} with
 * the components' command lines, the kubelet's configuration file and the encryption configuration
 * on the node, then every node item checked.
 */
class NodeAssessmentTest {
  @TempDir Path root;
  private FakeNode node;

  @BeforeEach
  void controlPlaneNode() {
    node =
        new FakeNode(root)
            .accounts("root", "root")
            .process(1, "/sbin/init")
            .process(2) // a kernel thread: empty command line
            .process(
                812,
                "kube-apiserver",
                "--anonymous-auth=false",
                "--authorization-mode=Node,RBAC",
                "--encryption-provider-config=/etc/kubernetes/enc/config.yaml",
                "--profiling",
                "true")
            .process(
                815,
                "/usr/local/bin/etcd",
                "--data-dir=/var/lib/etcd",
                "--cert-file=/etc/kubernetes/pki/etcd/server.crt")
            .environment(
                815,
                "ETCD_KEY_FILE=/etc/kubernetes/pki/etcd/server.key",
                "ETCD_CLIENT_CERT_AUTH=true")
            .process(
                900,
                "/usr/bin/kubelet",
                "--config=/var/lib/kubelet/config.yaml",
                "--kubeconfig=/etc/kubernetes/kubelet.conf")
            .process(950, "grep", "kube-apiserver") // not a component: its program is grep
            .file(
                "/etc/kubernetes/manifests/kube-apiserver.yaml", "600", staticPod("kube-apiserver"))
            .file(
                "/etc/kubernetes/manifests/kube-controller-manager.yaml",
                "600",
                staticPod("kube-controller-manager"))
            .file(
                "/etc/kubernetes/manifests/kube-scheduler.yaml", "600", staticPod("kube-scheduler"))
            .file("/etc/kubernetes/manifests/etcd.yaml", "600", staticPod("etcd"))
            .file("/etc/kubernetes/admin.conf", "600", "kind: Config")
            .file("/etc/kubernetes/super-admin.conf", "600", "kind: Config")
            .file("/etc/kubernetes/scheduler.conf", "600", "kind: Config")
            .file("/etc/kubernetes/controller-manager.conf", "400", "kind: Config")
            .file("/etc/kubernetes/pki/ca.crt", "644", "cert")
            .file("/etc/kubernetes/pki/ca.key", "600", "key")
            .file("/etc/kubernetes/pki/apiserver.key", "600", "key")
            .file("/etc/kubernetes/pki/etcd/ca.crt", "600", "cert")
            .file("/var/lib/cni/networks/pod-network/10.244.0.7", "600", "c0ffee")
            .file("/etc/kubernetes/proxy.conf", "600", "kind: Config")
            .directory("/var/lib/etcd", "700")
            .file("/etc/kubernetes/kubelet.conf", "600", "kind: Config")
            .file("/etc/systemd/system/kubelet.service.d/10-kubeadm.conf", "600", "[Service]")
            .file(
                "/var/lib/kubelet/config.yaml",
                "600",
                "apiVersion: kubelet.config.k8s.io/v1beta1",
                "kind: KubeletConfiguration",
                "authentication:",
                "  anonymous:",
                "    enabled: false",
                "  x509:",
                "    clientCAFile: /etc/kubernetes/pki/ca.crt",
                "authorization:",
                "  mode: AlwaysAllow",
                "readOnlyPort: 10255")
            .file(
                "/etc/kubernetes/enc/config.yaml",
                "600",
                "apiVersion: apiserver.config.k8s.io/v1",
                "kind: EncryptionConfiguration",
                "resources:",
                "- resources: [secrets]",
                "  providers:",
                "  - secretbox:",
                "      keys:",
                "      - name: key1",
                "        secret: ${SECRETBOX_KEY}",
                "  - identity: {}");
  }

  @Test
  void compliantNodePassesEveryFileItem() {
    Map<String, CisResult> results = results();
    List<String> fileItems =
        results.keySet().stream()
            .filter(id -> id.startsWith("1.1.") || id.startsWith("4.1."))
            .sorted()
            .toList();
    assertThat(fileItems).hasSize(31);
    for (String id : fileItems) {
      // the data directory belongs to the same uid as everything else, here named root
      CisStatus expected = id.equals("1.1.12") ? CisStatus.FAIL : CisStatus.PASS;
      assertThat(results.get(id).status())
          .as(id + " " + describe(results.get(id)))
          .isEqualTo(expected);
    }
  }

  /** Each permission item fails (FAIL, or WARN when Manual) once its file is more open. */
  @ParameterizedTest(name = "{0}: chmod {2} {1}")
  @CsvSource({
    "1.1.1,  /etc/kubernetes/manifests/kube-apiserver.yaml,          644, FAIL",
    "1.1.3,  /etc/kubernetes/manifests/kube-controller-manager.yaml, 644, FAIL",
    "1.1.5,  /etc/kubernetes/manifests/kube-scheduler.yaml,          660, FAIL",
    "1.1.7,  /etc/kubernetes/manifests/etcd.yaml,                    640, FAIL",
    "1.1.9,  /var/lib/cni/networks/pod-network/10.244.0.7,           644, WARN",
    "1.1.11, /var/lib/etcd,                                          755, FAIL",
    "1.1.13, /etc/kubernetes/super-admin.conf,                       644, FAIL",
    "1.1.15, /etc/kubernetes/scheduler.conf,                         604, FAIL",
    "1.1.17, /etc/kubernetes/controller-manager.conf,                700, FAIL",
    "1.1.20, /etc/kubernetes/pki/etcd/ca.crt,                        664, WARN",
    "1.1.21, /etc/kubernetes/pki/ca.key,                             640, WARN",
    "4.1.1,  /etc/systemd/system/kubelet.service.d/10-kubeadm.conf,  644, FAIL",
    "4.1.3,  /etc/kubernetes/proxy.conf,                             644, WARN",
    "4.1.5,  /etc/kubernetes/kubelet.conf,                           640, FAIL",
    "4.1.7,  /etc/kubernetes/pki/ca.crt,                             666, WARN",
    "4.1.9,  /var/lib/kubelet/config.yaml,                           644, FAIL",
  })
  void tooOpenFileFailsItsItem(String id, String nodePath, String mode, CisStatus expected) {
    node.chmod(nodePath, mode);
    CisResult result = results().get(id);
    assertThat(result.status()).as(describe(result)).isEqualTo(expected);
    assertThat(result.evidence())
        .extracting(Evidence::describe)
        .contains(nodePath + ": mode " + mode);
  }

  @Test
  void foreignOwnerFailsEveryOwnershipItem() {
    node.accounts("alice", "staff");
    Map<String, CisResult> results = results();
    for (String id :
        List.of(
            "1.1.2", "1.1.4", "1.1.6", "1.1.8", "1.1.14", "1.1.16", "1.1.18", "1.1.19", "4.1.2",
            "4.1.6", "4.1.10")) {
      assertThat(results.get(id).status()).as(id).isEqualTo(CisStatus.FAIL);
      assertThat(results.get(id).evidence())
          .first()
          .extracting(Evidence::value)
          .isEqualTo("owner alice:staff");
    }
    for (String id : List.of("1.1.10", "4.1.4", "4.1.8")) { // Manual
      assertThat(results.get(id).status()).as(id).isEqualTo(CisStatus.WARN);
    }
  }

  @Test
  void missingFilesFailExceptTheKubeletServiceFile() {
    node.delete("/etc/kubernetes/admin.conf")
        .delete("/etc/kubernetes/super-admin.conf")
        .delete("/etc/systemd/system/kubelet.service.d/10-kubeadm.conf")
        .delete("/var/lib/cni/networks/pod-network/10.244.0.7");
    Map<String, CisResult> results = results();
    assertThat(results.get("1.1.13").status())
        .isEqualTo(CisStatus.FAIL); // neither admin file exists
    assertThat(results.get("1.1.9").reason()).isEqualTo("/var/lib/cni/networks not found");
    assertThat(results.get("4.1.1").status()).isEqualTo(CisStatus.FAIL);
    assertThat(results.get("4.1.2").status())
        .isEqualTo(CisStatus.PASS); // kube-bench: "File not found" passes
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "1.2.1,  PASS", // from /proc/812/cmdline
    "1.2.15, FAIL", // --profiling true: a bare boolean flag, 'true' is a stray word
    "1.2.28, PASS", // secretbox first, file read from the node
    "2.1,    PASS", // --cert-file flag and ETCD_KEY_FILE from /proc/815/environ
    "2.2,    PASS", // ETCD_CLIENT_CERT_AUTH=true
    "4.2.1,  PASS", // config file: anonymous disabled
    "4.2.2,  FAIL", // config file: AlwaysAllow
    "4.2.4,  WARN", // readOnlyPort 10255; Manual
    "4.3.1,  WARN", // no kube-proxy on the node: not evaluated
  })
  void settingsComeFromTheRunningProcesses(String id, CisStatus expected) {
    assertThat(results().get(id).status()).as(describe(results().get(id))).isEqualTo(expected);
  }

  @Test
  void evidenceNamesTheFilesAndTheProcess() {
    node.chmod("/etc/kubernetes/manifests/kube-controller-manager.yaml", "644");
    Map<String, CisResult> results = results();
    assertThat(results.get("1.1.3").evidence())
        .extracting(Evidence::describe)
        .containsExactly("/etc/kubernetes/manifests/kube-controller-manager.yaml: mode 644");
    assertThat(results.get("1.1.3").reason()).isEqualTo("expected mode 600 or stricter");
    assertThat(results.get("1.1.19").evidence())
        .extracting(Evidence::describe)
        .containsExactly("/etc/kubernetes/pki: 6 files, all compliant");
    assertThat(results.get("1.1.12").evidence())
        .extracting(Evidence::describe)
        .containsExactly("/var/lib/etcd: owner root:root");
    assertThat(results.get("1.2.15").evidence())
        .extracting(Evidence::describe)
        .containsExactly("--profiling=true (/proc/812/cmdline)");
    assertThat(results.get("4.2.2").evidence())
        .extracting(Evidence::describe)
        .singleElement()
        .asString()
        .startsWith("authorization.mode=AlwaysAllow (")
        .endsWith("var/lib/kubelet/config.yaml:9)");
  }

  @Test
  void ownershipReadsThroughTheNodesOwnAccountNames() {
    node.accounts("etcd", "etcd"); // the same uid, now named etcd on this node
    Map<String, CisResult> results = results();
    assertThat(results.get("1.1.12").status()).isEqualTo(CisStatus.PASS);
    assertThat(results.get("1.1.2").status()).isEqualTo(CisStatus.FAIL);
    assertThat(results.get("1.1.2").evidence())
        .extracting(Evidence::describe)
        .containsExactly("/etc/kubernetes/manifests/kube-apiserver.yaml: owner etcd:etcd");
  }

  @Test
  void withoutAProcessTheNodesStaticPodsAreRead() {
    node.process(812, "sleep", "infinity"); // the API server is not running
    Map<String, CisResult> results = results();
    // the static pod has no --authorization-mode: the binary's default AlwaysAllow fails 1.2.6
    assertThat(results.get("1.2.6").status()).isEqualTo(CisStatus.FAIL);
    assertThat(results.get("1.2.6").evidence())
        .extracting(Evidence::describe)
        .singleElement()
        .asString()
        .contains("etc/kubernetes/manifests/kube-apiserver.yaml:");
  }

  @Test
  void aWorkerNodeSkipsTheControlPlaneFiles() {
    node.process(812, "sleep", "infinity").process(815, "sleep", "infinity");
    // and no static pods either: nothing says this node runs the control plane
    deleteTree(root.resolve("etc/kubernetes/manifests"));
    Map<String, CisResult> results = results();
    assertThat(results.get("1.1.1").reason())
        .isEqualTo("not evaluated: no kube-apiserver on this node");
    assertThat(results.get("4.1.1").status()).isEqualTo(CisStatus.PASS); // the kubelet still runs
  }

  @Test
  void nodePathsNeverLeaveTheRoot() {
    NodeRoot nodeRoot = NodeRoot.at(root);
    assertThat(nodeRoot.local("/../../etc/passwd")).isEmpty();
    assertThat(nodeRoot.stat("/etc/../../outside")).isEmpty();
    assertThat(nodeRoot.local("/etc/kubernetes/admin.conf"))
        .contains(root.toAbsolutePath().normalize().resolve("etc/kubernetes/admin.conf"));
  }

  private Map<String, CisResult> results() {
    CisReport report =
        new CisAssessment(CisBenchmark.named("cis-1.12"), new ManifestLoader(), "test")
            .run(List.of(), root);
    return report.results().stream().collect(Collectors.toMap(r -> r.item().id(), r -> r));
  }

  private static String describe(CisResult result) {
    return result.reason() + " " + result.evidence().stream().map(Evidence::describe).toList();
  }

  private static String[] staticPod(String component) {
    return new String[] {
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: " + component,
      "  namespace: kube-system",
      "spec:",
      "  containers:",
      "  - name: " + component,
      "    image: registry.k8s.io/" + component + ":v1.32.2",
      "    command: [" + component + "]"
    };
  }

  private static void deleteTree(Path dir) {
    try (var walk = java.nio.file.Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
