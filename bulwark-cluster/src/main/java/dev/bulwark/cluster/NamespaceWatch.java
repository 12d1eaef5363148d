package dev.bulwark.cluster;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labels of every Namespace, kept current by a watch (a fabric8 informer: LIST, then WATCH,
 * relisting after disconnects). Lookups read a concurrent map of immutable label maps, so they
 * never block and never allocate.
 */
public final class NamespaceWatch implements AutoCloseable {
  private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();
  private final KubernetesClient client;
  private final boolean ownsClient;
  private final SharedIndexInformer<Namespace> informer;

  private NamespaceWatch(KubernetesClient client, boolean ownsClient) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.informer = client.namespaces().runnableInformer(0);
    informer.addEventHandler(new Handler());
    // Keep retrying after a failed list or watch: readiness waits for the first full listing.
    informer.exceptionHandler((started, failure) -> true);
    informer.start();
  }

  /**
   * Connects with the kubeconfig rules of {@link ClusterOptions} and starts watching; returns at
   * once, {@link #synced()} turns true after the first full listing (retried until it succeeds).
   */
  public static NamespaceWatch start(ClusterOptions options) {
    KubernetesClient client = ClusterConnection.client(ClusterConnection.config(options));
    try {
      return new NamespaceWatch(client, true);
    } catch (RuntimeException e) {
      client.close();
      throw new ClusterException("cannot watch namespaces: " + e.getMessage(), e);
    }
  }

  /** Watches through a client the caller keeps (and closes). */
  static NamespaceWatch start(KubernetesClient client) {
    return new NamespaceWatch(client, false);
  }

  /** The namespace's labels (possibly empty), or empty when no such namespace is known. */
  public Optional<Map<String, String>> labels(String namespace) {
    return Optional.ofNullable(labels.get(namespace));
  }

  /** True once the first full listing has arrived. */
  public boolean synced() {
    return informer.hasSynced();
  }

  /** How many namespaces are known. */
  public int size() {
    return labels.size();
  }

  @Override
  public void close() {
    informer.close();
    if (ownsClient) {
      client.close();
    }
  }

  private final class Handler implements ResourceEventHandler<Namespace> {
    @Override
    public void onAdd(Namespace namespace) {
      put(namespace);
    }

    @Override
    public void onUpdate(Namespace old, Namespace namespace) {
      put(namespace);
    }

    @Override
    public void onDelete(Namespace namespace, boolean finalStateUnknown) {
      labels.remove(namespace.getMetadata().getName());
    }

    private void put(Namespace namespace) {
      Map<String, String> current = namespace.getMetadata().getLabels();
      labels.put(
          namespace.getMetadata().getName(), current == null ? Map.of() : Map.copyOf(current));
    }
  }
}
