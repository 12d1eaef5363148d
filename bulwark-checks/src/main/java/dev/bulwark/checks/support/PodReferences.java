package dev.bulwark.checks.support;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.checks.support.ContainerEnv.Entry;
import dev.bulwark.checks.support.ContainerEnv.Variable;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The Secrets, ConfigMaps and ServiceAccount a pod spec names: from env, envFrom, volumes
 * (projected ones included), imagePullSecrets and the service account fields.
 */
public final class PodReferences {
  private PodReferences() {}

  /** What kind of object a reference names. */
  public enum Target {
    SECRET("Secret"),
    CONFIG_MAP("ConfigMap"),
    SERVICE_ACCOUNT("ServiceAccount");

    private final String kind;

    Target(String kind) {
      this.kind = kind;
    }

    /** The Kubernetes kind, e.g. {@code ConfigMap}. */
    public String kind() {
      return kind;
    }
  }

  /** Where in the pod spec a reference is made. */
  public enum Usage {
    ENV("env valueFrom"),
    ENV_FROM("envFrom"),
    VOLUME("volume"),
    PROJECTED_VOLUME("projected volume"),
    IMAGE_PULL_SECRET("imagePullSecrets"),
    SERVICE_ACCOUNT("serviceAccountName");

    private final String label;

    Usage(String label) {
      this.label = label;
    }

    /** How messages name the place, e.g. {@code envFrom}. */
    public String label() {
      return label;
    }
  }

  /**
   * One reference.
   *
   * @param target what it names
   * @param name the name written ({@code null} when the manifest leaves it out)
   * @param usage where it is made
   * @param pointer the referring node ({@code secretKeyRef}, {@code secretRef}, {@code secret}, …)
   * @param namePointer the name field inside it
   * @param optional true for {@code optional: true}: the pod starts without the object
   * @param place who makes it, for messages: {@code env var "DB_PASSWORD" of container "api"},
   *     {@code volume "certs"}, {@code the pod}
   */
  public record Reference(
      Target target,
      String name,
      Usage usage,
      JsonPointer pointer,
      JsonPointer namePointer,
      boolean optional,
      String place) {}

  /** Every reference of a pod spec, containers first (in container order), then the pod's own. */
  public static List<Reference> of(PodSpecRef pod) {
    List<Reference> out = new ArrayList<>();
    for (ContainerRef container : pod.containers()) {
      for (Variable variable : ContainerEnv.variables(container)) {
        String place = "env var \"" + variable.name() + "\" of " + container.describe();
        JsonPointer valueFrom = variable.field("valueFrom");
        add(out, pod, Target.SECRET, Usage.ENV, valueFrom.append("secretKeyRef"), "name", place);
        add(
            out,
            pod,
            Target.CONFIG_MAP,
            Usage.ENV,
            valueFrom.append("configMapKeyRef"),
            "name",
            place);
      }
      for (Entry source : ContainerEnv.sources(container)) {
        String place = "envFrom of " + container.describe();
        JsonPointer from = source.pointer();
        add(out, pod, Target.SECRET, Usage.ENV_FROM, from.append("secretRef"), "name", place);
        add(
            out,
            pod,
            Target.CONFIG_MAP,
            Usage.ENV_FROM,
            from.append("configMapRef"),
            "name",
            place);
      }
    }
    JsonNode volumes = pod.spec().path("volumes");
    for (int i = 0; i < volumes.size() && volumes.isArray(); i++) {
      JsonPointer volume = pod.field("volumes", Integer.toString(i));
      String place =
          "volume \"" + JsonValues.string(volumes.get(i).path("name")).orElse("#" + i) + "\"";
      add(out, pod, Target.SECRET, Usage.VOLUME, volume.append("secret"), "secretName", place);
      add(out, pod, Target.CONFIG_MAP, Usage.VOLUME, volume.append("configMap"), "name", place);
      JsonNode sources = volumes.get(i).path("projected").path("sources");
      for (int j = 0; j < sources.size() && sources.isArray(); j++) {
        JsonPointer source = volume.append("projected", "sources", Integer.toString(j));
        Usage usage = Usage.PROJECTED_VOLUME;
        add(out, pod, Target.SECRET, usage, source.append("secret"), "name", place);
        add(out, pod, Target.CONFIG_MAP, usage, source.append("configMap"), "name", place);
      }
    }
    JsonNode pullSecrets = pod.spec().path("imagePullSecrets");
    for (int i = 0; i < pullSecrets.size() && pullSecrets.isArray(); i++) {
      JsonPointer entry = pod.field("imagePullSecrets", Integer.toString(i));
      add(out, pod, Target.SECRET, Usage.IMAGE_PULL_SECRET, entry, "name", "imagePullSecrets");
    }
    // serviceAccount is the deprecated alias; the API server only reads it when the new field is
    // empty.
    for (String field : List.of("serviceAccountName", "serviceAccount")) {
      JsonPointer pointer = pod.field(field);
      if (JsonValues.string(pod.owner().at(pointer)).filter(s -> !s.isEmpty()).isPresent()) {
        out.add(
            new Reference(
                Target.SERVICE_ACCOUNT,
                pod.owner().at(pointer).asString(),
                Usage.SERVICE_ACCOUNT,
                pointer,
                pointer,
                false,
                "the pod"));
        break;
      }
    }
    return out;
  }

  private static void add(
      List<Reference> out,
      PodSpecRef pod,
      Target target,
      Usage usage,
      JsonPointer pointer,
      String nameField,
      String place) {
    JsonNode node = pod.owner().at(pointer);
    if (!node.isObject()) {
      return;
    }
    String name = JsonValues.string(node.path(nameField)).orElse(null);
    boolean optional = JsonValues.isTrue(node.path("optional"));
    out.add(
        new Reference(target, name, usage, pointer, pointer.append(nameField), optional, place));
  }
}
