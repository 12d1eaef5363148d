package dev.bulwark.checks.controlplane.cis;

import java.util.List;

/**
 * Where components keep their files on a node when their command line does not say: the generic
 * candidates of kube-bench's {@code cfg/config.yaml}, first existing one wins.
 */
public final class DefaultPaths {
  /** Static pod manifests of the control plane (kubeadm's {@code --pod-manifest-path}). */
  public static final String STATIC_POD_DIRECTORY = "/etc/kubernetes/manifests";

  /** The kubelet's configuration file ({@code $kubeletconf}). */
  public static final List<String> KUBELET_CONFIG =
      List.of(
          "/var/lib/kubelet/config.yaml",
          "/etc/kubernetes/kubelet-config.yaml",
          "/var/lib/kubelet/config.yml",
          "/etc/kubernetes/kubelet/kubelet-config.json");

  private DefaultPaths() {}
}
