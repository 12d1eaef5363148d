package dev.bulwark.checks.pss;

import dev.bulwark.api.JsonPointer;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Baseline {@code hostProbesAndHostLifecycle} (v1.34+): probes and lifecycle handlers may not name
 * a {@code host} in {@code httpGet} or {@code tcpSocket}, since that lets the kubelet reach any
 * address for the pod. {@code exec} and {@code grpc} handlers have no host.
 */
final class HostProbesAndHostLifecycle implements PssCheck {
  private static final String[] PROBES = {"livenessProbe", "readinessProbe", "startupProbe"};
  private static final String[] LIFECYCLE_HANDLERS = {"postStart", "preStop"};
  private static final String[] ACTIONS = {"httpGet", "tcpSocket"};

  @Override
  public PssViolation evaluate(PssPod pod) {
    Found found = null;
    for (PssContainer c : pod.containers) {
      for (String probe : PROBES) {
        JsonNode handler = GoJson.struct(c.node, probe);
        if (handler != null) {
          found = inspect(found, pod, c, handler, probe, null);
        }
      }
      JsonNode lifecycle = GoJson.struct(c.node, "lifecycle");
      for (String name : LIFECYCLE_HANDLERS) {
        JsonNode handler = GoJson.struct(lifecycle, name);
        if (handler != null) {
          found = inspect(found, pod, c, handler, "lifecycle", name);
        }
      }
    }
    if (found == null) {
      return null;
    }
    int containers = found.containers.size();
    return new PssViolation(
        PssCheckId.HOST_PROBES_AND_HOST_LIFECYCLE,
        "probe or lifecycle host",
        Phrases.plural("container", "containers", containers)
            + " "
            + Phrases.quoted(found.containers)
            + " "
            + Phrases.plural("uses", "use", containers)
            + " "
            + Phrases.plural(
                "probe or lifecycle host", "probe or lifecycle hosts", found.hosts.size())
            + " "
            + Phrases.quoted(found.hosts),
        found.offenders.pointers);
  }

  /** Looks at one handler, {@code field} or {@code field/subfield} of the container. */
  private static Found inspect(
      Found found, PssPod pod, PssContainer c, JsonNode handler, String field, String subfield) {
    for (String action : ACTIONS) {
      String host = GoJson.string(GoJson.struct(handler, action), "host");
      if (!host.isEmpty()) {
        found = found == null ? new Found() : found;
        found.containers.add(c.name);
        found.hosts.add(host);
        JsonPointer pointer =
            subfield == null
                ? pod.containerField(c, field, action, "host")
                : pod.containerField(c, field, subfield, action, "host");
        found.offenders = Offenders.point(found.offenders, pointer);
      }
    }
    return found;
  }

  /** Containers and hosts are listed once each, sorted, as upstream's sets do. */
  private static final class Found {
    final TreeSet<String> containers = Phrases.sortedSet();
    final TreeSet<String> hosts = Phrases.sortedSet();
    Offenders offenders;
  }
}
