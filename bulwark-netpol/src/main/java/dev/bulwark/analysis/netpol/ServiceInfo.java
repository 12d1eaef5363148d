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
 * @param ports its ports
 */
public record ServiceInfo(String namespace, String name, Map<String, String> selector, List<Port> ports) {

  public ServiceInfo {
    selector = selector == null ? null : Map.copyOf(selector);
    ports = List.copyOf(ports);
  }

  /**
   * One port of a Service.
   *
   * @param name the port's name, or {@code null}
   * @param port the Service port
   * @param targetNumber the numeric targetPort, or {@code null}
   * @param targetName the named targetPort, or {@code null}
   */
  public record Port(String name, int port, Integer targetNumber, String targetName) {

    /** The pod port traffic arrives on: targetPort, or the Service port when it has none. */
    public Object podPort() {
      if (targetName != null) {
        return targetName;
      }
      return targetNumber != null ? targetNumber : port;
    }
  }
}
