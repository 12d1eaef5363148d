package dev.bulwark.analysis.netpol;

import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads Services, Kubernetes Ingresses and OpenShift Routes: how outside traffic enters. */
final class IngressReader {
  private IngressReader() {}

  static boolean isService(Resource r) {
    return r.kind().equals("Service") && r.ref().group().isEmpty();
  }

  static boolean isIngressEntry(Resource r) {
    String group = r.ref().group();
    return (r.kind().equals("Ingress") && (group.equals("networking.k8s.io") || group.equals("extensions")))
        || (r.kind().equals("Route") && group.equals("route.openshift.io"));
  }

  static ServiceInfo service(Resource r) {
    JsonNode spec = r.object().path("spec");
    Map<String, String> selector = Json.absent(spec.path("selector")) ? null : Resource.stringMap(spec.path("selector"));
    List<ServiceInfo.Port> ports = new ArrayList<>();
    for (JsonNode p : spec.path("ports")) {
      Integer port = Json.integer(p.path("port"));
      if (port == null) {
        continue;
      }
      JsonNode target = p.path("targetPort");
      Protocol protocol;
      try {
        protocol = Protocol.parse(Json.text(p.path("protocol")));
      } catch (NetpolInputException e) {
        continue;
      }
      ports.add(new ServiceInfo.Port(
          Json.text(p.path("name")),
          port,
          target.isIntegralNumber() ? target.asInt() : null,
          target.isString() ? target.asString() : null,
          protocol));
    }
    return new ServiceInfo(namespace(r), r.name(), selector, Json.text(spec.path("type")), ports);
  }

  static IngressEntry entry(Resource r, List<String> warnings) {
    JsonNode spec = r.object().path("spec");
    List<IngressEntry.Backend> backends = new ArrayList<>();
    String what = r.kind() + " " + namespace(r) + "/" + r.name();
    if (r.kind().equals("Route")) {
      JsonNode target = spec.path("port").path("targetPort");
      Integer number = target.isIntegralNumber() ? target.asInt() : null;
      String name = target.isString() ? target.asString() : null;
      JsonNode to = spec.path("to");
      if (isServiceKind(to)) {
        backends.add(new IngressEntry.Backend(Json.text(to.path("name")), number, name));
      } else {
        warnings.add(what + ": ignoring target with unsupported kind");
      }
      for (JsonNode alternate : spec.path("alternateBackends")) {
        if (isServiceKind(alternate)) {
          backends.add(new IngressEntry.Backend(Json.text(alternate.path("name")), number, name));
        } else {
          warnings.add(what + ": ignoring alternate backend without Service");
        }
      }
    } else {
      JsonNode defaultBackend = spec.has("defaultBackend") ? spec.path("defaultBackend") : spec.path("backend");
      if (!Json.absent(defaultBackend)) {
        addIngressBackend(defaultBackend, backends, warnings, what + ": ignoring default backend");
      }
      for (JsonNode rule : spec.path("rules")) {
        for (JsonNode path : rule.path("http").path("paths")) {
          addIngressBackend(path.path("backend"), backends, warnings, what + ": ignoring rule backend without Service");
        }
      }
    }
    return new IngressEntry(r.kind(), namespace(r), r.name(), backends);
  }

  private static boolean isServiceKind(JsonNode target) {
    String kind = Json.text(target.path("kind"));
    return kind == null || kind.isEmpty() || kind.equals("Service");
  }

  /** networking.k8s.io/v1 ({@code service: {name, port}}) or extensions/v1beta1 ({@code serviceName}). */
  private static void addIngressBackend(JsonNode backend, List<IngressEntry.Backend> out, List<String> warnings, String warning) {
    JsonNode service = backend.path("service");
    if (!Json.absent(service)) {
      JsonNode port = service.path("port");
      out.add(new IngressEntry.Backend(Json.text(service.path("name")), Json.integer(port.path("number")), Json.text(port.path("name"))));
      return;
    }
    String legacyName = Json.text(backend.path("serviceName"));
    if (legacyName != null) {
      JsonNode port = backend.path("servicePort");
      out.add(new IngressEntry.Backend(legacyName, port.isIntegralNumber() ? port.asInt() : null, port.isString() ? port.asString() : null));
      return;
    }
    warnings.add(warning);
  }

  private static String namespace(Resource r) {
    return r.namespace() == null || r.namespace().isEmpty() ? "default" : r.namespace();
  }
}
