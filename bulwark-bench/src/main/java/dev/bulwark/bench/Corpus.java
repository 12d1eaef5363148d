package dev.bulwark.bench;

/** Synthetic manifests of the shape the performance targets are stated in. */
final class Corpus {
  private Corpus() {}

  /** {@code count} Deployments of about 1.4 KB each, as one multi-document YAML stream. */
  static String deployments(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append("---\n");
      }
      text.append(
          """
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: app-%1$d
            namespace: team-%2$d
            labels:
              app.kubernetes.io/name: app-%1$d
              app.kubernetes.io/part-of: shop
            annotations:
              owner: team-%2$d@example.com
          spec:
            replicas: 3
            selector:
              matchLabels:
                app.kubernetes.io/name: app-%1$d
            template:
              metadata:
                labels:
                  app.kubernetes.io/name: app-%1$d
              spec:
                serviceAccountName: app-%1$d
                securityContext:
                  runAsNonRoot: true
                  runAsUser: 10001
                  seccompProfile:
                    type: RuntimeDefault
                containers:
                  - name: app
                    image: registry.example.com/app-%1$d:1.25.%1$d
                    ports:
                      - containerPort: 8080
                        name: http
                    env:
                      - name: LOG_LEVEL
                        value: info
                      - name: DB_PASSWORD
                        valueFrom:
                          secretKeyRef:
                            name: app-%1$d-db
                            key: password
                    resources:
                      requests: {cpu: 100m, memory: 128Mi}
                      limits: {memory: 256Mi}
                    securityContext:
                      allowPrivilegeEscalation: false
                      readOnlyRootFilesystem: true
                      capabilities:
                        drop: [ALL]
          """
              .formatted(i, i % 200));
    }
    return text.toString();
  }
}
