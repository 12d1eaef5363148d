package dev.bulwark.checks.pss;

import dev.bulwark.api.ContainerKind;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** Baseline {@code hostPorts}: no container port may set a {@code hostPort}. */
final class HostPorts implements PssCheck {

  @Override
  public PssViolation evaluate(PssPod pod) {
    Offenders bad = null;
    TreeSet<String> ports = null;
    for (PssContainer c : pod.containers) {
      JsonNode list = GoJson.list(c.node, "ports");
      boolean containerBad = false;
      for (int i = 0; list != null && i < list.size(); i++) {
        int hostPort = hostPort(pod, c, list.get(i));
        if (hostPort != 0) {
          containerBad = true;
          ports = ports == null ? Phrases.sortedSet() : ports;
          // Upstream sorts the ports as text, so 10000 comes before 8080.
          ports.add(Integer.toString(hostPort));
          bad =
              Offenders.point(bad, pod.containerField(c, "ports", Integer.toString(i), "hostPort"));
        }
      }
      if (containerBad) {
        bad = Offenders.name(bad, c.name);
      }
    }
    if (bad == null) {
      return null;
    }
    int containers = bad.names.size();
    return new PssViolation(
        PssCheckId.HOST_PORTS,
        "hostPort",
        Phrases.containers(bad.names)
            + " "
            + Phrases.plural("uses", "use", containers)
            + " "
            + Phrases.plural("hostPort", "hostPorts", ports.size())
            + " "
            + String.join(", ", ports),
        bad.pointers);
  }

  /**
   * The host port after API server defaulting (Pods with hostNetwork; not ephemeral containers).
   */
  private static int hostPort(PssPod pod, PssContainer container, JsonNode port) {
    int hostPort = GoJson.int32(port, "hostPort");
    if (hostPort == 0
        && pod.hostPortsDefaultToContainerPorts
        && container.kind != ContainerKind.EPHEMERAL) {
      return GoJson.int32(port, "containerPort");
    }
    return hostPort;
  }
}
