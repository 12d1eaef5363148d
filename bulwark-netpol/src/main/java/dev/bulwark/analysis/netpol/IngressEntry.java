package dev.bulwark.analysis.netpol;

import java.util.List;

/**
 * A Kubernetes Ingress or an OpenShift Route: traffic from an ingress controller to Services.
 *
 * @param kind {@code Ingress} or {@code Route}
 * @param namespace its namespace
 * @param name its name
 * @param backends the Services it sends to
 */
public record IngressEntry(String kind, String namespace, String name, List<Backend> backends) {

  public IngressEntry {
    backends = List.copyOf(backends);
  }

  /**
   * A Service an entry sends to, and which of its ports.
   *
   * @param service the Service name
   * @param portNumber the Service port by number, or {@code null}
   * @param portName the Service port by name (a Route's targetPort may also be a pod port), or
   *     {@code null}; both null means every port of the Service
   */
  public record Backend(String service, Integer portNumber, String portName) {}
}
