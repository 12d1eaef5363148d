package dev.bulwark.cluster;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Resource;
import java.util.List;

/**
 * What one read of a cluster produced.
 *
 * @param context the kubeconfig context read, or {@code in-cluster}
 * @param resources the objects, kind by kind in {@link ClusterKind#SCANNED} order
 * @param diagnostics per-kind problems (permission denied, list failed) that did not stop the read
 */
public record ClusterRead(String context, List<Resource> resources, List<Diagnostic> diagnostics) {
  public ClusterRead {
    resources = List.copyOf(resources);
    diagnostics = List.copyOf(diagnostics);
  }
}
