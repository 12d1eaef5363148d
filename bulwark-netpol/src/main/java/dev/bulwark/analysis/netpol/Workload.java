package dev.bulwark.analysis.netpol;

import dev.bulwark.api.Resource;
import java.util.List;
import java.util.Map;

/**
 * The unit of the analysis: a Pod, or the pod template of a Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, ReplicationController, Job or CronJob. Pods that a controller owns are folded into
 * one workload named after the owner.
 *
 * @param kind the workload's kind, e.g. {@code Deployment}
 * @param namespace its namespace ({@code default} when the manifest leaves it out)
 * @param name its name
 * @param labels the pods' labels
 * @param ports the container ports of its pods
 * @param hostNetwork true when its pods use the node's network
 * @param source the object it was read from
 */
public record Workload(
    String kind,
    String namespace,
    String name,
    Map<String, String> labels,
    List<ContainerPort> ports,
    boolean hostNetwork,
    Resource source) {

  public Workload {
    labels = Map.copyOf(labels);
    ports = List.copyOf(ports);
  }

  /** {@code namespace/name[Kind]}, as netpol-analyzer names workloads. */
  public String displayName() {
    return namespace + "/" + name + "[" + kind + "]";
  }

  /** The container port with this name, or {@code null}. */
  public ContainerPort namedPort(String portName) {
    for (ContainerPort p : ports) {
      if (portName.equals(p.name())) {
        return p;
      }
    }
    return null;
  }
}
