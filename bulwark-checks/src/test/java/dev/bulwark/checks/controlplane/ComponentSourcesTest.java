package dev.bulwark.checks.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where settings come from and where a missing one would go. */
class ComponentSourcesTest {

  @Test
  void staticPodFlagsKeepTheirLines() {
    Resource pod =
        Manifests.staticPod("kube-apiserver", "--profiling=false", "--audit-log-maxage", "30");
    ComponentSettings s = ComponentSources.of(pod, Component.API_SERVER).orElseThrow();
    assertThat(s.flags().get("--audit-log-maxage"))
        .get()
        .extracting(
            Setting::value, x -> x.origin().pointer().toString(), x -> x.origin().location().line())
        .containsExactly(
            "30", "/spec/containers/0/command/2", 13); // the flag's word, not its value
    assertThat(s.anchor().pointer()).isEqualTo(JsonPointer.parse("/spec/containers/0/command"));
    assertThat(s.source())
        .isEqualTo("Pod kube-system/kube-apiserver container \"kube-apiserver\" in test.yaml");
    assertThat(ComponentSources.of(pod, Component.SCHEDULER)).isEmpty();
  }

  @Test
  void etcdEnvironmentIsRead() {
    Resource pod =
        Manifests.one(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: etcd}",
            "spec:",
            "  containers:",
            "  - name: etcd",
            "    image: registry.k8s.io/etcd:3.5.16-0",
            "    command: [etcd]",
            "    env:",
            "    - {name: ETCD_CLIENT_CERT_AUTH, value: 'true'}",
            "    - {name: FROM_SECRET, valueFrom: {secretKeyRef: {name: s, key: k}}}");
    ComponentSettings s = ComponentSources.of(pod, Component.ETCD).orElseThrow();
    assertThat(s.environment()).containsOnlyKeys("ETCD_CLIENT_CERT_AUTH");
    assertThat(s.environment().get("ETCD_CLIENT_CERT_AUTH").origin().pointer())
        .isEqualTo(JsonPointer.parse("/spec/containers/0/env/0/value"));
  }

  @Test
  void kubeadmDefaultsAreOverriddenByExtraArgs() {
    Resource v1beta3 =
        Manifests.one(
            "apiVersion: kubeadm.k8s.io/v1beta3",
            "kind: ClusterConfiguration",
            "certificatesDir: /pki",
            "apiServer:",
            "  extraArgs:",
            "    authorization-mode: RBAC",
            "    enable-admission-plugins: NodeRestriction,EventRateLimit");
    Flags flags = ComponentSources.of(v1beta3, Component.API_SERVER).orElseThrow().flags();
    assertThat(flags.get("--authorization-mode"))
        .get()
        .extracting(Setting::value)
        .isEqualTo("RBAC");
    assertThat(flags.get("--enable-admission-plugins"))
        .get()
        .extracting(Setting::value)
        .isEqualTo("NodeRestriction,EventRateLimit");
    assertThat(flags.get("--client-ca-file"))
        .get()
        .extracting(Setting::value)
        .isEqualTo("/pki/ca.crt");
    assertThat(flags.get("--profiling")).isEmpty();
    assertThat(
            ComponentSources.of(v1beta3, Component.CONTROLLER_MANAGER)
                .orElseThrow()
                .flags()
                .get("--bind-address"))
        .get()
        .extracting(Setting::value)
        .isEqualTo("127.0.0.1");

    Resource v1beta4 =
        Manifests.one(
            "apiVersion: kubeadm.k8s.io/v1beta4",
            "kind: ClusterConfiguration",
            "scheduler:",
            "  extraArgs:",
            "  - {name: bind-address, value: 0.0.0.0}",
            "  - {name: profiling, value: 'false'}");
    Flags scheduler = ComponentSources.of(v1beta4, Component.SCHEDULER).orElseThrow().flags();
    assertThat(scheduler.get("--bind-address"))
        .get()
        .extracting(Setting::value)
        .isEqualTo("0.0.0.0");
    assertThat(scheduler.get("--bind-address").get().origin().pointer())
        .isEqualTo(JsonPointer.parse("/scheduler/extraArgs/0"));
  }

  @Test
  void kubeletConfigurationIsConfigOnly() {
    Resource config =
        Manifests.one(
            "apiVersion: kubelet.config.k8s.io/v1beta1", "kind: KubeletConfiguration",
            "tlsCipherSuites: [A, B]", "featureGates: {RotateKubeletServerCertificate: true}");
    ComponentSettings s = ComponentSources.of(config, Component.KUBELET).orElseThrow();
    assertThat(s.flags().isEmpty()).isTrue();
    ConfigFile file = s.config().orElseThrow();
    assertThat(file.get(JsonPointer.of("tlsCipherSuites")).map(Setting::render))
        .contains("tlsCipherSuites=A,B");
    assertThat(
            file.get(JsonPointer.of("featureGates", "RotateKubeletServerCertificate"))
                .map(Setting::value))
        .contains("true");
    assertThat(file.get(JsonPointer.of("readOnlyPort"))).isEqualTo(Optional.empty());
  }

  @Test
  void encryptionEntriesAreSearchedInOrder() {
    EncryptionConfiguration config =
        EncryptionConfiguration.of(
            Manifests.one(
                "apiVersion: apiserver.config.k8s.io/v1",
                "kind: EncryptionConfiguration",
                "resources:",
                "- {resources: [events], providers: [{identity: {}}]}",
                "- {resources: ['*.'], providers: [{secretbox: {keys: []}}]}",
                "- {resources: [secrets], providers: [{aescbc: {keys: []}}]}",
                "- {resources: ['*.apps'], providers: [{aesgcm: {keys: []}}]}"));
    assertThat(
            config
                .entryFor("secrets", "")
                .flatMap(EncryptionConfiguration.Entry::writer)
                .map(p -> p.type()))
        .contains("secretbox");
    assertThat(
            config
                .entryFor("events", "")
                .flatMap(EncryptionConfiguration.Entry::writer)
                .map(p -> p.type()))
        .contains("identity");
    assertThat(
            config
                .entryFor("deployments", "apps")
                .flatMap(EncryptionConfiguration.Entry::writer)
                .map(p -> p.type()))
        .contains("aesgcm");
    assertThat(config.entryFor("widgets", "example.com")).isEmpty();
  }
}
