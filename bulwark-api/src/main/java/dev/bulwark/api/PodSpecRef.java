package dev.bulwark.api;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A pod spec inside a workload, with the pointers to it and to its pod metadata.
 *
 * @param owner the object that holds the pod spec (a Pod, Deployment, CronJob, …)
 * @param pointer where the pod spec is, e.g. {@code /spec/template/spec}
 * @param metadataPointer where the pod's metadata is, e.g. {@code /spec/template/metadata}
 */
public record PodSpecRef(Resource owner, JsonPointer pointer, JsonPointer metadataPointer) {

  /** The pod spec node. */
  public JsonNode spec() {
    return owner.at(pointer);
  }

  /** The pod metadata node (labels, annotations of the pods), possibly missing. */
  public JsonNode metadata() {
    return owner.at(metadataPointer);
  }

  /** The pointer to a field of the pod spec. */
  public JsonPointer field(String... path) {
    return pointer.append(path);
  }

  /** Every container, init first, then regular, then ephemeral, each in list order. */
  public List<ContainerRef> containers() {
    List<ContainerRef> out = new ArrayList<>();
    for (ContainerKind kind : ContainerKind.values()) {
      JsonNode list = spec().path(kind.field());
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).isObject()) {
          out.add(new ContainerRef(this, kind, i));
        }
      }
    }
    return out;
  }
}
