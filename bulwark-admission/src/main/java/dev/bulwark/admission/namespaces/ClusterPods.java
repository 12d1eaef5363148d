package dev.bulwark.admission.namespaces;

import dev.bulwark.admission.ExistingPods;
import dev.bulwark.cluster.PodLister;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Existing pods listed live from the cluster. */
public final class ClusterPods implements ExistingPods, AutoCloseable {
  private final PodLister lister;

  public ClusterPods(PodLister lister) {
    this.lister = lister;
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public List<JsonNode> list(String namespace, Instant deadline) throws IOException {
    return lister.list(namespace, deadline);
  }

  @Override
  public void close() {
    lister.close();
  }
}
