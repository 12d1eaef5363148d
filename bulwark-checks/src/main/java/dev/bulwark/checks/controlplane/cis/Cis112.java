package dev.bulwark.checks.controlplane.cis;

import java.util.List;

/**
 * The CIS Kubernetes Benchmark as kube-bench's {@code cfg/cis-1.12} encodes it (Kubernetes
 * 1.32–1.34): 131 items in sections 1 to 5.
 */
final class Cis112 {
  private Cis112() {}

  static CisBenchmark benchmark() {
    return new CisBenchmark(
        "cis-1.12",
        List.of(
            ControlPlaneFileItems.group(),
            ApiServerItems.group(),
            ControllerManagerAndSchedulerItems.controllerManager(),
            ControllerManagerAndSchedulerItems.scheduler(),
            EtcdItems.group(),
            ControlPlaneConfigItems.authentication(),
            ControlPlaneConfigItems.logging(),
            WorkerNodeItems.files(),
            WorkerNodeItems.kubelet(),
            WorkerNodeItems.proxy(),
            PolicyItems.rbac(),
            PolicyItems.podSecurity(),
            PolicyItems.network(),
            PolicyItems.secrets(),
            PolicyItems.admission(),
            PolicyItems.general()));
  }
}
