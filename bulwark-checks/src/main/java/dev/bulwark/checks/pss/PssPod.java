package dev.bulwark.checks.pss;

import dev.bulwark.api.ContainerKind;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A pod spec and its pod metadata, decoded once for Pod Security evaluation at any number of levels
 * and versions. Immutable and thread-safe.
 *
 * <p>Decoding follows what the API server hands upstream's admission plugin: absent, null and
 * mistyped fields read as Go's zero values, and the defaults that change what checks see are
 * applied (a volume without a source is an {@code emptyDir}; on a Pod with {@code hostNetwork}, a
 * port's {@code hostPort} defaults to its {@code containerPort}).
 */
public final class PssPod {
  private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();
  private static final String WINDOWS = "windows";
  private static final ContainerKind[] CONTAINER_KINDS = ContainerKind.values();

  final JsonNode annotations;
  final JsonNode spec;
  final boolean hostNetwork;
  final boolean hostPID;
  final boolean hostIPC;

  /** Only an explicit {@code hostUsers: false} puts the pod in a user namespace. */
  final boolean userNamespace;

  final boolean windows;

  /** The API server copies containerPort into an unset hostPort on Pods with hostNetwork. */
  final boolean hostPortsDefaultToContainerPorts;

  final SecurityFacts security;
  final JsonNode volumes;
  final PssContainer[] containers;

  private final JsonPointer metadataPointer;
  private final JsonPointer specPointer;

  private PssPod(
      JsonNode metadata,
      JsonNode spec,
      JsonPointer metadataPointer,
      JsonPointer specPointer,
      boolean podObject) {
    this.metadataPointer = Objects.requireNonNull(metadataPointer);
    this.specPointer = Objects.requireNonNull(specPointer);
    this.spec = spec != null && spec.isObject() ? spec : EMPTY;
    this.annotations = GoJson.struct(metadata, "annotations");
    this.hostNetwork = GoJson.bool(this.spec, "hostNetwork");
    this.hostPID = GoJson.bool(this.spec, "hostPID");
    this.hostIPC = GoJson.bool(this.spec, "hostIPC");
    this.userNamespace = Boolean.FALSE.equals(GoJson.optionalBool(this.spec, "hostUsers"));
    this.windows = WINDOWS.equals(GoJson.string(GoJson.struct(this.spec, "os"), "name"));
    this.hostPortsDefaultToContainerPorts = podObject && hostNetwork;
    this.security = SecurityFacts.of(this.spec);
    this.volumes = GoJson.list(this.spec, "volumes");
    this.containers = decodeContainers(this.spec);
  }

  /**
   * Decodes the pod spec of a workload (a Pod, or the template of a Deployment, CronJob, …).
   * Pointers in the results are relative to the owning object.
   */
  public static PssPod of(PodSpecRef ref) {
    return new PssPod(ref.metadata(), ref.spec(), ref.metadataPointer(), ref.pointer(), isPod(ref));
  }

  /**
   * Decodes a pod spec and its metadata from anywhere.
   *
   * @param metadata the pod metadata (annotations are read), possibly null
   * @param spec the pod spec
   * @param metadataPointer where {@code metadata} is, for result pointers
   * @param specPointer where {@code spec} is, for result pointers
   * @param podObject true when the spec belongs to a Pod rather than a template: the API server
   *     applies some defaults to Pods only
   */
  public static PssPod of(
      JsonNode metadata,
      JsonNode spec,
      JsonPointer metadataPointer,
      JsonPointer specPointer,
      boolean podObject) {
    return new PssPod(metadata, spec, metadataPointer, specPointer, podObject);
  }

  /** Evaluates this pod at a level and version. */
  public PssResult evaluate(PssPolicy policy) {
    return PssRegistry.evaluate(policy, this);
  }

  /** Evaluates this pod at a level and version. */
  public PssResult evaluate(PssLevel level, PssVersion version) {
    return evaluate(new PssPolicy(level, version));
  }

  /** The pointer to a field of the pod spec. */
  JsonPointer specField(String... path) {
    return specPointer.append(path);
  }

  /** The pointer to an entry of a pod-spec list, e.g. {@code volumes/2/hostPath}. */
  JsonPointer specListField(String list, int index, String... path) {
    return specPointer.append(list).append(index).append(path);
  }

  /** The pointer to a field of a container. */
  JsonPointer containerField(PssContainer container, String... path) {
    return specPointer.append(container.kind.field()).append(container.index).append(path);
  }

  /** The pointer to one annotation of the pod metadata. */
  JsonPointer annotationField(String key) {
    return metadataPointer.append("annotations").append(key);
  }

  private static boolean isPod(PodSpecRef ref) {
    return "Pod".equals(ref.owner().kind()) && ref.pointer().equals(JsonPointer.of("spec"));
  }

  /** Init containers, then containers, then ephemeral containers: upstream's visit order. */
  private static PssContainer[] decodeContainers(JsonNode spec) {
    int count = 0;
    for (ContainerKind kind : CONTAINER_KINDS) {
      count += countObjects(GoJson.list(spec, kind.field()));
    }
    PssContainer[] out = new PssContainer[count];
    int next = 0;
    for (ContainerKind kind : CONTAINER_KINDS) {
      JsonNode list = GoJson.list(spec, kind.field());
      for (int i = 0; list != null && i < list.size(); i++) {
        JsonNode container = list.get(i);
        if (container.isObject() || container.isNull()) {
          // Go decodes a null entry as a container with every field unset.
          out[next++] = new PssContainer(kind, i, container.isNull() ? EMPTY : container);
        }
      }
    }
    return out;
  }

  private static int countObjects(JsonNode list) {
    int count = 0;
    for (int i = 0; list != null && i < list.size(); i++) {
      if (list.get(i).isObject() || list.get(i).isNull()) {
        count++;
      }
    }
    return count;
  }
}
