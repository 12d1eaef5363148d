package dev.bulwark.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds how to talk to the cluster the way kubectl does: {@code --kubeconfig}, else {@code
 * KUBECONFIG}, else {@code ~/.kube/config}, else the in-cluster service account; {@code --context}
 * picks a context. Exec credential plugins and token refresh are fabric8's.
 */
final class ClusterConnection {
  /** A name for the origin when no kubeconfig context applies. */
  static final String IN_CLUSTER = "in-cluster";

  /** Retries hide a dead server for minutes under fabric8's defaults; one retry is enough here. */
  private static final int RETRIES = 1;

  private ClusterConnection() {}

  static Config config(ClusterOptions options) {
    Config config;
    try {
      if (options.kubeconfig() != null) {
        Path file = options.kubeconfig();
        if (!Files.isRegularFile(file)) {
          throw new ClusterException("kubeconfig " + file + " does not exist");
        }
        config = Config.fromKubeconfig(options.context(), file.toFile());
      } else {
        if (!configured()) {
          throw new ClusterException(
              "no cluster configured: pass --kubeconfig, set KUBECONFIG, create ~/.kube/config or"
                  + " run in a pod");
        }
        config = Config.autoConfigure(options.context());
      }
    } catch (KubernetesClientException e) {
      throw new ClusterException("cannot use the kubeconfig: " + e.getMessage(), e);
    }
    if (options.context() != null
        && (config.getCurrentContext() == null
            || !options.context().equals(config.getCurrentContext().getName()))) {
      throw new ClusterException("kubeconfig has no context named '" + options.context() + "'");
    }
    config.setRequestRetryBackoffLimit(RETRIES);
    return config;
  }

  /** fabric8 would otherwise fall back to https://kubernetes.default.svc and fail obscurely. */
  private static boolean configured() {
    return System.getenv("KUBERNETES_SERVICE_HOST") != null
        || Config.getKubeconfigFilenames().stream().anyMatch(f -> Files.isRegularFile(Path.of(f)));
  }

  static String contextName(Config config) {
    return config.getCurrentContext() == null ? IN_CLUSTER : config.getCurrentContext().getName();
  }

  static KubernetesClient client(Config config) {
    return new KubernetesClientBuilder().withConfig(config).build();
  }
}
