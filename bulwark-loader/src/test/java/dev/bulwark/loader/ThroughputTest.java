package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Single-threaded throughput on ~1.4 KB Deployments, the shape the performance target is stated in
 * (>10k documents/s). The assertion is a loose floor (250/s) so a busy shared machine does not fail
 * the build; the printed figure is the one to compare (see LIMITS.md).
 */
class ThroughputTest {
  private static final int DOCUMENTS = 2_000;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void loadsThousandsOfDeploymentsPerSecond() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < DOCUMENTS; i++) {
      text.append(i == 0 ? "" : "---\n").append(deployment(i));
    }
    String yaml = text.toString();
    ManifestLoader loader = new ManifestLoader();
    double best = 0;
    long deadline = System.nanoTime() + 4_000_000_000L; // a few rounds, at most about 4 s
    for (int round = 0; round < 3 || System.nanoTime() < deadline; round++) {
      long start = System.nanoTime();
      LoadResult result = loader.loadString("bench.yaml", yaml);
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(result.resources()).hasSize(DOCUMENTS);
      best = Math.max(best, DOCUMENTS / seconds);
    }
    System.out.printf(
        "THROUGHPUT %.0f documents/s (%.1f MiB/s), %d-byte documents, one thread%n",
        best, best * yaml.length() / DOCUMENTS / 1048576, yaml.length() / DOCUMENTS);
    assertThat(best).isGreaterThan(250);
  }

  static String deployment(int i) {
    return String.join(
            "\n",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata:",
            "  name: app-" + i,
            "  namespace: team-" + (i % 7),
            "  labels:",
            "    app.kubernetes.io/name: app-" + i,
            "    app.kubernetes.io/part-of: shop",
            "  annotations:",
            "    deployment.kubernetes.io/revision: \"3\"",
            "spec:",
            "  replicas: 3",
            "  selector:",
            "    matchLabels:",
            "      app.kubernetes.io/name: app-" + i,
            "  template:",
            "    metadata:",
            "      labels:",
            "        app.kubernetes.io/name: app-" + i,
            "    spec:",
            "      serviceAccountName: app",
            "      securityContext:",
            "        runAsNonRoot: true",
            "        seccompProfile:",
            "          type: RuntimeDefault",
            "      containers:",
            "      - name: app",
            "        image: registry.example.com/shop/app:1.4." + i,
            "        imagePullPolicy: IfNotPresent",
            "        ports:",
            "        - containerPort: 8080",
            "          name: http",
            "        env:",
            "        - name: LOG_LEVEL",
            "          value: info",
            "        - name: POD_NAME",
            "          valueFrom:",
            "            fieldRef:",
            "              fieldPath: metadata.name",
            "        resources:",
            "          requests: {cpu: 100m, memory: 128Mi}",
            "          limits: {cpu: 500m, memory: 256Mi}",
            "        securityContext:",
            "          allowPrivilegeEscalation: false",
            "          readOnlyRootFilesystem: true",
            "          capabilities:",
            "            drop: [ALL]",
            "        livenessProbe:",
            "          httpGet: {path: /healthz, port: http}",
            "          initialDelaySeconds: 5",
            "        volumeMounts:",
            "        - name: tmp",
            "          mountPath: /tmp",
            "      volumes:",
            "      - name: tmp",
            "        emptyDir: {}")
        + "\n";
  }
}
