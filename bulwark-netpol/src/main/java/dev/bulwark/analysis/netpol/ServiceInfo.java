package dev.bulwark.analysis.netpol;

import java.util.List;
import java.util.Map;

/**
 * A Service: which pods it sends to and on which ports.
 *
 * @param namespace its namespace
 * @param name its name
 * @param selector its pod selector, or {@code null} when it has none (it then routes nowhere
 *     we can see)
 * @param type {@code ClusterIP}, {@code NodePort}, {@code LoadBalancer} or {@code ExternalName}
 * @param ports its ports
 */
public record ServiceInfo(String namespace, String name, Map<String, String> selector, String type, List<Port> ports) {

  public ServiceInfo {
    selector = selector == null ? null : Map.copyOf(selector);
    type = type == null || type.isEmpty() ? "ClusterIP" : type;
    ports = List.copyOf(ports);
  }

  /** True for NodePort and LoadBalancer Services, which take traffic from outside the cluster. */
  public boolean isExposedOutside() {
    return type.equals("NodePort") || type.equals("LoadBalancer");
  }

  /**
   * One port of a Service.
   *
   * @param name the port's name, or {@code null}
   * @param port the Service port
   * @param targetNumber the numeric targetPort, or {@code null}
   * @param targetName the named targetPort, or {@code null}
   * @param protocol the protocol
   */
  public record Port(String name, int port, Integer targetNumber, String targetName, Protocol protocol) {

    /** The pod port traffic arrives on: targetPort, or the Service port when it has none. */
    public Object podPort() {
      if (targetName != null) {
        return targetName;
      }
      return targetNumber != null ? targetNumber : port;
    }
  }
}
