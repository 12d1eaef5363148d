package dev.bulwark.checks.support;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The volumes of a pod spec and the containers that mount them. */
public final class Volumes {
  private Volumes() {}

  /**
   * One entry of {@code spec.volumes}.
   *
   * @param pod the pod spec holding it
   * @param index its position in the list
   */
  public record VolumeRef(PodSpecRef pod, int index) {

    public JsonPointer pointer() {
      return pod.field("volumes").append(index);
    }

    public JsonNode node() {
      return pod.owner().at(pointer());
    }

    /** The pointer to a field of the volume, e.g. {@code field("hostPath", "path")}. */
    public JsonPointer field(String... path) {
      return pointer().append(path);
    }

    /** {@code name}, or the list position when the manifest has none. */
    public String name() {
      return JsonValues.string(node().path("name")).orElse("volumes[" + index + "]");
    }

    /** True when the container has a {@code volumeMounts} entry for this volume. */
    public boolean isMountedBy(ContainerRef container) {
      return mounts().stream().anyMatch(m -> m.container().pointer().equals(container.pointer()));
    }

    /** Every {@code volumeMounts} entry, in any kind of container, that mounts this volume. */
    public List<MountRef> mounts() {
      Optional<String> name = JsonValues.string(node().path("name"));
      List<MountRef> out = new ArrayList<>();
      for (ContainerRef container : name.isPresent() ? pod.containers() : List.<ContainerRef>of()) {
        JsonNode mounts = container.node().path("volumeMounts");
        for (int i = 0; mounts.isArray() && i < mounts.size(); i++) {
          if (name.equals(JsonValues.string(mounts.get(i).path("name")))) {
            out.add(new MountRef(container, i));
          }
        }
      }
      return out;
    }
  }

  /**
   * One {@code volumeMounts} entry of a container.
   *
   * @param container the container
   * @param index its position in the container's {@code volumeMounts}
   */
  public record MountRef(ContainerRef container, int index) {

    public JsonPointer pointer() {
      return container.field("volumeMounts").append(index);
    }

    /** True unless the mount says {@code readOnly: true}: the default mount is read-write. */
    public boolean writable() {
      return !JsonValues.isTrue(container.pod().owner().at(pointer().append("readOnly")));
    }
  }

  /** Every volume of the pod spec, in list order. */
  public static List<VolumeRef> of(PodSpecRef pod) {
    JsonNode list = pod.spec().path("volumes");
    List<VolumeRef> out = new ArrayList<>();
    for (int i = 0; list.isArray() && i < list.size(); i++) {
      if (list.get(i).isObject()) {
        out.add(new VolumeRef(pod, i));
      }
    }
    return out;
  }

  /** The volumes whose source is the given field, e.g. {@code hostPath} or {@code emptyDir}. */
  public static List<VolumeRef> withSource(PodSpecRef pod, String source) {
    return of(pod).stream().filter(v -> JsonValues.isSet(v.node().path(source))).toList();
  }
}
