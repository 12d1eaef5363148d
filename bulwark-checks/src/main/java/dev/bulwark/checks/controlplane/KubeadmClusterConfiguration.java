package dev.bulwark.checks.controlplane;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The command lines kubeadm generates from a {@code ClusterConfiguration}: its own defaults for
 * each control-plane component (from kubeadm's {@code manifests.go} and {@code etcd/local.go}, the
 * flags the CIS benchmark asks about) overridden by {@code extraArgs}, which is a map in {@code
 * v1beta3} and a list of {@code name}/{@code value} pairs in {@code v1beta4}.
 */
public final class KubeadmClusterConfiguration {
  private static final String KIND = "ClusterConfiguration";
  private static final String GROUP = "kubeadm.k8s.io";

  private KubeadmClusterConfiguration() {}

  /** True for a kubeadm {@code ClusterConfiguration}. */
  public static boolean isClusterConfiguration(Resource resource) {
    return resource.kind().equals(KIND) && resource.ref().group().equals(GROUP);
  }

  /** The settings kubeadm gives a component, or empty when it does not run it (external etcd). */
  public static Optional<ComponentSettings> settings(Resource resource, Component component) {
    if (!isClusterConfiguration(resource)) {
      return Optional.empty();
    }
    JsonPointer section = section(component);
    if (section == null
        || (component == Component.ETCD
            && resource.at(JsonPointer.of("etcd", "external")).isObject())) {
      return Optional.empty();
    }
    Origin anchor = Origin.of(resource, extraArgsOrSection(resource, section));
    String pki = resource.object().path("certificatesDir").asString("/etc/kubernetes/pki");
    List<Setting> extra = extraArgs(resource, section.append("extraArgs"));
    Set<String> overridden = new java.util.HashSet<>();
    extra.forEach(s -> overridden.add(s.key()));

    List<Setting> flags = new ArrayList<>();
    defaults(resource, component, pki)
        .forEach(
            (name, value) -> {
              if (!overridden.contains(name)) {
                flags.add(new Setting(name, value, anchor));
              }
            });
    flags.addAll(extra);
    return Optional.of(
        new ComponentSettings(
            component,
            resource.ref()
                + " in "
                + resource.file()
                + " (kubeadm defaults and "
                + String.join(".", section.tokens())
                + ".extraArgs)",
            Flags.of(flags),
            Optional.empty(),
            Map.of(),
            anchor));
  }

  private static JsonPointer section(Component component) {
    return switch (component) {
      case API_SERVER -> JsonPointer.of("apiServer");
      case CONTROLLER_MANAGER -> JsonPointer.of("controllerManager");
      case SCHEDULER -> JsonPointer.of("scheduler");
      case ETCD -> JsonPointer.of("etcd", "local");
      case KUBELET, PROXY -> null;
    };
  }

  private static JsonPointer extraArgsOrSection(Resource resource, JsonPointer section) {
    JsonPointer extraArgs = section.append("extraArgs");
    return resource.sourceMap().has(extraArgs) ? extraArgs : section;
  }

  private static List<Setting> extraArgs(Resource resource, JsonPointer pointer) {
    List<Setting> out = new ArrayList<>();
    JsonNode node = resource.at(pointer);
    if (node.isObject()) { // v1beta3: a map, one value per flag
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.add(
            new Setting(
                "--" + e.getKey(),
                e.getValue().asString(""),
                Origin.of(resource, pointer.append(e.getKey()))));
      }
    } else if (node.isArray()) { // v1beta4: name/value pairs, a flag may repeat
      for (int i = 0; i < node.size(); i++) {
        JsonNode arg = node.get(i);
        if (arg.path("name").isString()) {
          out.add(
              new Setting(
                  "--" + arg.path("name").asString(),
                  arg.path("value").asString(""),
                  Origin.of(resource, pointer.append(i))));
        }
      }
    }
    return out;
  }

  private static Map<String, String> defaults(Resource resource, Component component, String pki) {
    Map<String, String> d = new LinkedHashMap<>();
    switch (component) {
      case API_SERVER -> {
        d.put("--enable-admission-plugins", "NodeRestriction");
        d.put("--service-account-key-file", pki + "/sa.pub");
        d.put("--service-account-signing-key-file", pki + "/sa.key");
        d.put("--client-ca-file", pki + "/ca.crt");
        d.put("--tls-cert-file", pki + "/apiserver.crt");
        d.put("--tls-private-key-file", pki + "/apiserver.key");
        d.put("--kubelet-client-certificate", pki + "/apiserver-kubelet-client.crt");
        d.put("--kubelet-client-key", pki + "/apiserver-kubelet-client.key");
        d.put("--enable-bootstrap-token-auth", "true");
        d.put("--allow-privileged", "true");
        d.put("--authorization-mode", "Node,RBAC");
        JsonNode external = resource.at(JsonPointer.of("etcd", "external"));
        if (external.isObject()) {
          putIfText(d, "--etcd-cafile", external.path("caFile"));
          if (external.path("certFile").isString() && external.path("keyFile").isString()) {
            putIfText(d, "--etcd-certfile", external.path("certFile"));
            putIfText(d, "--etcd-keyfile", external.path("keyFile"));
          }
        } else {
          d.put("--etcd-cafile", pki + "/etcd/ca.crt");
          d.put("--etcd-certfile", pki + "/apiserver-etcd-client.crt");
          d.put("--etcd-keyfile", pki + "/apiserver-etcd-client.key");
        }
      }
      case CONTROLLER_MANAGER -> {
        d.put("--bind-address", "127.0.0.1");
        d.put("--leader-elect", "true");
        d.put("--kubeconfig", "/etc/kubernetes/controller-manager.conf");
        d.put("--root-ca-file", pki + "/ca.crt");
        d.put("--service-account-private-key-file", pki + "/sa.key");
        d.put("--use-service-account-credentials", "true");
      }
      case SCHEDULER -> {
        d.put("--bind-address", "127.0.0.1");
        d.put("--leader-elect", "true");
        d.put("--kubeconfig", "/etc/kubernetes/scheduler.conf");
      }
      case ETCD -> {
        d.put(
            "--data-dir",
            resource.at(JsonPointer.of("etcd", "local", "dataDir")).asString("/var/lib/etcd"));
        d.put("--cert-file", pki + "/etcd/server.crt");
        d.put("--key-file", pki + "/etcd/server.key");
        d.put("--trusted-ca-file", pki + "/etcd/ca.crt");
        d.put("--client-cert-auth", "true");
        d.put("--peer-cert-file", pki + "/etcd/peer.crt");
        d.put("--peer-key-file", pki + "/etcd/peer.key");
        d.put("--peer-trusted-ca-file", pki + "/etcd/ca.crt");
        d.put("--peer-client-cert-auth", "true");
      }
      case KUBELET, PROXY -> {}
    }
    return d;
  }

  private static void putIfText(Map<String, String> d, String flag, JsonNode value) {
    if (value.isString() && !value.asString().isEmpty()) {
      d.put(flag, value.asString());
    }
  }
}
