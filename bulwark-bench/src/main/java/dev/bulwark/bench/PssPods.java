package dev.bulwark.bench;

/** The pods the Pod Security benchmarks evaluate, as JSON. */
final class PssPods {
  private PssPods() {}

  static final String TYPICAL_METADATA =
      """
      {"labels": {"app": "shop", "tier": "backend"},
       "annotations": {"prometheus.io/scrape": "true", "prometheus.io/port": "9090",
                       "container.apparmor.security.beta.kubernetes.io/app": "runtime/default"}}
      """;

  static final String HARDENED_CONTAINER_CONTEXT =
      """
      {"allowPrivilegeEscalation": false, "readOnlyRootFilesystem": true,
       "capabilities": {"drop": ["ALL"]}}
      """;

  static final String TYPICAL_SPEC =
      """
      {"serviceAccountName": "shop",
       "securityContext": {"runAsNonRoot": true, "runAsUser": 10001, "fsGroup": 2000,
                           "seccompProfile": {"type": "RuntimeDefault"}},
       "initContainers": [{"name": "migrate", "image": "registry.example.com/shop-migrate:1.4.2",
                           "args": ["--wait"], "securityContext": %1$s}],
       "containers": [
         {"name": "app", "image": "registry.example.com/shop:1.4.2",
          "ports": [{"name": "http", "containerPort": 8080}, {"name": "metrics", "containerPort": 9090}],
          "env": [{"name": "LOG_LEVEL", "value": "info"},
                  {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "shop-db", "key": "password"}}}],
          "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "256Mi"}},
          "livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080}, "periodSeconds": 10},
          "readinessProbe": {"httpGet": {"path": "/ready", "port": 8080}},
          "volumeMounts": [{"name": "config", "mountPath": "/etc/shop"}, {"name": "tmp", "mountPath": "/tmp"}],
          "securityContext": %1$s},
         {"name": "proxy", "image": "registry.example.com/envoy:1.30.1",
          "ports": [{"containerPort": 15001}],
          "lifecycle": {"preStop": {"exec": {"command": ["sleep", "5"]}}},
          "securityContext": %1$s}],
       "volumes": [{"name": "config", "configMap": {"name": "shop"}},
                   {"name": "tls", "secret": {"secretName": "shop-tls"}},
                   {"name": "tmp", "emptyDir": {}}]}
      """
          .formatted(HARDENED_CONTAINER_CONTEXT);

  static final String DENIED_SPEC =
      """
      {"containers": [{"name": "legacy", "image": "registry.example.com/legacy:2.0",
                       "ports": [{"containerPort": 8080}],
                       "securityContext": {"runAsUser": 0}}],
       "volumes": [{"name": "data", "emptyDir": {}}]}
      """;
}
