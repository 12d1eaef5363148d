package dev.bulwark.checks.controlplane.cis;

import static dev.bulwark.checks.controlplane.cis.CisItem.define;
import static dev.bulwark.checks.controlplane.cis.FileTest.mode;
import static dev.bulwark.checks.controlplane.cis.FileTest.owner;

import dev.bulwark.checks.controlplane.Component;
import java.util.List;

/**
 * CIS 1.1: modes and owners of the control plane's files. They need the node (--node-root) and are
 * evaluated only on a node that runs the API server, as kube-bench runs its master checks only
 * there.
 */
final class ControlPlaneFileItems {
  private static final Component API = Component.API_SERVER;
  private static final NodePaths APISERVER_POD =
      NodePaths.firstOf(
          "/etc/kubernetes/manifests/kube-apiserver.yaml",
          "/etc/kubernetes/manifests/kube-apiserver.yml",
          "/etc/kubernetes/manifests/kube-apiserver.manifest",
          "/var/lib/rancher/rke2/agent/pod-manifests/kube-apiserver.yaml");
  private static final NodePaths CONTROLLER_MANAGER_POD =
      NodePaths.firstOf(
          "/etc/kubernetes/manifests/kube-controller-manager.yaml",
          "/etc/kubernetes/manifests/kube-controller-manager.yml",
          "/etc/kubernetes/manifests/kube-controller-manager.manifest",
          "/var/lib/rancher/rke2/agent/pod-manifests/kube-controller-manager.yaml");
  private static final NodePaths SCHEDULER_POD =
      NodePaths.firstOf(
          "/etc/kubernetes/manifests/kube-scheduler.yaml",
          "/etc/kubernetes/manifests/kube-scheduler.yml",
          "/etc/kubernetes/manifests/kube-scheduler.manifest",
          "/var/lib/rancher/rke2/agent/pod-manifests/kube-scheduler.yaml");
  private static final NodePaths ETCD_POD =
      NodePaths.firstOf(
          "/etc/kubernetes/manifests/etcd.yaml",
          "/etc/kubernetes/manifests/etcd.yml",
          "/etc/kubernetes/manifests/etcd.manifest",
          "/var/lib/rancher/rke2/agent/pod-manifests/etcd.yaml");
  private static final NodePaths ETCD_DATA_DIR =
      NodePaths.fromSetting(
          Component.ETCD,
          Lookup.flagOrEnv("--data-dir", "ETCD_DATA_DIR"),
          "/var/lib/etcd/default.etcd",
          "/var/lib/etcd/data.etcd",
          "/var/lib/etcd");
  private static final NodePaths ADMIN_CONFS =
      NodePaths.eachExisting("/etc/kubernetes/admin.conf", "/etc/kubernetes/super-admin.conf");
  private static final NodePaths SCHEDULER_KUBECONFIG =
      NodePaths.firstOf("/etc/kubernetes/scheduler.conf", "/var/lib/kube-scheduler/kubeconfig");
  private static final NodePaths CONTROLLER_MANAGER_KUBECONFIG =
      NodePaths.firstOf(
          "/etc/kubernetes/controller-manager.conf", "/var/lib/kube-controller-manager/kubeconfig");
  private static final String PKI = "/etc/kubernetes/pki";

  private ControlPlaneFileItems() {}

  static CisGroup group() {
    return new CisGroup(
        "1.1",
        "Control Plane Node Configuration Files",
        List.of(
            define(
                    "1.1.1",
                    "Ensure that the API server pod specification file permissions are set to 600"
                        + " or more restrictive")
                .automated()
                .test(mode(API, APISERVER_POD, "600"))
                .remediation("chmod 600 /etc/kubernetes/manifests/kube-apiserver.yaml")
                .build(),
            define(
                    "1.1.2",
                    "Ensure that the API server pod specification file ownership is set to"
                        + " root:root")
                .automated()
                .test(owner(API, APISERVER_POD, "root:root"))
                .remediation("chown root:root /etc/kubernetes/manifests/kube-apiserver.yaml")
                .build(),
            define(
                    "1.1.3",
                    "Ensure that the controller manager pod specification file permissions are set"
                        + " to 600 or more restrictive")
                .automated()
                .test(mode(API, CONTROLLER_MANAGER_POD, "600"))
                .remediation("chmod 600 /etc/kubernetes/manifests/kube-controller-manager.yaml")
                .build(),
            define(
                    "1.1.4",
                    "Ensure that the controller manager pod specification file ownership is set to"
                        + " root:root")
                .automated()
                .test(owner(API, CONTROLLER_MANAGER_POD, "root:root"))
                .remediation(
                    "chown root:root /etc/kubernetes/manifests/kube-controller-manager.yaml")
                .build(),
            define(
                    "1.1.5",
                    "Ensure that the scheduler pod specification file permissions are set to 600 or"
                        + " more restrictive")
                .automated()
                .test(mode(API, SCHEDULER_POD, "600"))
                .remediation("chmod 600 /etc/kubernetes/manifests/kube-scheduler.yaml")
                .build(),
            define(
                    "1.1.6",
                    "Ensure that the scheduler pod specification file ownership is set to"
                        + " root:root")
                .automated()
                .test(owner(API, SCHEDULER_POD, "root:root"))
                .remediation("chown root:root /etc/kubernetes/manifests/kube-scheduler.yaml")
                .build(),
            define(
                    "1.1.7",
                    "Ensure that the etcd pod specification file permissions are set to 600 or more"
                        + " restrictive")
                .automated()
                .test(mode(API, ETCD_POD, "600"))
                .remediation("chmod 600 /etc/kubernetes/manifests/etcd.yaml")
                .build(),
            define(
                    "1.1.8",
                    "Ensure that the etcd pod specification file ownership is set to root:root")
                .automated()
                .test(owner(API, ETCD_POD, "root:root"))
                .remediation("chown root:root /etc/kubernetes/manifests/etcd.yaml")
                .build(),
            define(
                    "1.1.9",
                    "Ensure that the Container Network Interface file permissions are set to 600 or"
                        + " more restrictive")
                .manual()
                .test(mode(API, NodePaths.cniFiles(), "600"))
                .remediation("chmod 600 the files of the CNI configuration directory")
                .build(),
            define(
                    "1.1.10",
                    "Ensure that the Container Network Interface file ownership is set to"
                        + " root:root")
                .manual()
                .test(owner(API, NodePaths.cniFiles(), "root:root"))
                .remediation("chown root:root the files of the CNI configuration directory")
                .build(),
            define(
                    "1.1.11",
                    "Ensure that the etcd data directory permissions are set to 700 or more"
                        + " restrictive")
                .automated()
                .test(mode(API, ETCD_DATA_DIR, "700"))
                .remediation(
                    "chmod 700 the etcd data directory (etcd --data-dir), e.g. /var/lib/etcd")
                .build(),
            define("1.1.12", "Ensure that the etcd data directory ownership is set to etcd:etcd")
                .automated()
                .test(owner(API, ETCD_DATA_DIR, "etcd:etcd"))
                .remediation("chown etcd:etcd the etcd data directory, e.g. /var/lib/etcd")
                .build(),
            define(
                    "1.1.13",
                    "Ensure that the default administrative credential file permissions are set to"
                        + " 600")
                .automated()
                .test(mode(API, ADMIN_CONFS, "600"))
                .remediation(
                    "chmod 600 /etc/kubernetes/admin.conf /etc/kubernetes/super-admin.conf")
                .build(),
            define(
                    "1.1.14",
                    "Ensure that the default administrative credential file ownership is set to"
                        + " root:root")
                .automated()
                .test(owner(API, ADMIN_CONFS, "root:root"))
                .remediation(
                    "chown root:root /etc/kubernetes/admin.conf /etc/kubernetes/super-admin.conf")
                .build(),
            define(
                    "1.1.15",
                    "Ensure that the scheduler.conf file permissions are set to 600 or more"
                        + " restrictive")
                .automated()
                .test(mode(API, SCHEDULER_KUBECONFIG, "600"))
                .remediation("chmod 600 /etc/kubernetes/scheduler.conf")
                .build(),
            define("1.1.16", "Ensure that the scheduler.conf file ownership is set to root:root")
                .automated()
                .test(owner(API, SCHEDULER_KUBECONFIG, "root:root"))
                .remediation("chown root:root /etc/kubernetes/scheduler.conf")
                .build(),
            define(
                    "1.1.17",
                    "Ensure that the controller-manager.conf file permissions are set to 600 or"
                        + " more restrictive")
                .automated()
                .test(mode(API, CONTROLLER_MANAGER_KUBECONFIG, "600"))
                .remediation("chmod 600 /etc/kubernetes/controller-manager.conf")
                .build(),
            define(
                    "1.1.18",
                    "Ensure that the controller-manager.conf file ownership is set to root:root")
                .automated()
                .test(owner(API, CONTROLLER_MANAGER_KUBECONFIG, "root:root"))
                .remediation("chown root:root /etc/kubernetes/controller-manager.conf")
                .build(),
            define(
                    "1.1.19",
                    "Ensure that the Kubernetes PKI directory and file ownership is set to"
                        + " root:root")
                .automated()
                .test(owner(API, NodePaths.tree(PKI, name -> true), "root:root"))
                .remediation("chown -R root:root /etc/kubernetes/pki/")
                .build(),
            define(
                    "1.1.20",
                    "Ensure that the Kubernetes PKI certificate file permissions are set to 644 or"
                        + " more restrictive")
                .manual()
                .test(mode(API, NodePaths.tree(PKI, name -> name.endsWith(".crt")), "644"))
                .remediation("chmod 644 /etc/kubernetes/pki/*.crt")
                .build(),
            define("1.1.21", "Ensure that the Kubernetes PKI key file permissions are set to 600")
                .manual()
                .test(mode(API, NodePaths.tree(PKI, name -> name.endsWith(".key")), "600"))
                .remediation("chmod 600 /etc/kubernetes/pki/*.key")
                .build()));
  }
}
