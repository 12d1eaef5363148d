package dev.bulwark.cluster;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Resource;
import java.util.List;
import java.util.Map;

/**
 * What one read of a cluster produced.
 *
 * @param context the kubeconfig context read, or {@code in-cluster}
 * @param resources the objects, kind by kind in {@link ClusterKind#SCANNED} order
 * @param diagnostics per-kind problems (permission denied, list failed) that did not stop the read
 * @param unreadableKinds kinds (e.g. {@code Secret}) that could not be read in full, each with the
 *     reason; checks that need them are reported not evaluated
 * @param notServed wanted kinds the server does not serve (skipped: there are none to read)
 */
public record ClusterRead(
    String context,
    List<Resource> resources,
    List<Diagnostic> diagnostics,
    Map<String, String> unreadableKinds,
    List<ClusterKind> notServed) {
  public ClusterRead {
    resources = List.copyOf(resources);
    diagnostics = List.copyOf(diagnostics);
    unreadableKinds = Map.copyOf(unreadableKinds);
    notServed = List.copyOf(notServed);
  }
}
