package dev.bulwark.analysis.netpol;

import java.util.List;

/**
 * Which workloads are exposed, to whom and on what, beyond the workloads in the input: to the
 * whole cluster, to external addresses, and to pods the policies name but the input lacks.
 *
 * @param egress lines where a workload is the source, sorted by workload then peer
 * @param ingress lines where a workload is the destination, sorted by workload then peer
 * @param unprotected {@code <workload> is not protected on Ingress|Egress}, sorted
 * @param nameWidth the length of the longest exposed workload name, for aligned text output
 */
public record ExposureReport(List<Line> egress, List<Line> ingress, List<String> unprotected, int nameWidth) {

  public ExposureReport {
    egress = List.copyOf(egress);
    ingress = List.copyOf(ingress);
    unprotected = List.copyOf(unprotected);
  }

  /**
   * One exposure.
   *
   * @param workload the input workload exposed
   * @param peer {@code entire-cluster}, an external range, or a representative peer such as
   *     {@code [all namespaces]/[pod with {k8s-app=kube-dns}]}
   * @param connections what is exposed, in list format (may name unresolved ports: {@code TCP http})
   */
  public record Line(String workload, String peer, String connections) {}
}
