package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Resource;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;

/**
 * The objects in {@code deploy/admission/} fit together: every name, port, path and secret one of
 * them refers to is what the other one declares, so a rename in one file cannot silently break the
 * webhook at install time.
 */
class AdmissionDeployWiringTest {
  private static List<Resource> objects;

  @BeforeAll
  static void load() {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeTrue(repo != null, "bulwark.repo.dir is not set (run through Maven)");
    LoadResult result =
        new ManifestLoader().load(List.of(Path.of(repo, "deploy", "admission").toString()));
    assertThat(result.diagnostics()).isEmpty();
    objects = result.resources();
  }

  private static Resource only(String kind, String name) {
    List<Resource> found =
        objects.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).toList();
    assertThat(found).as(kind + " " + name).hasSize(1);
    return found.get(0);
  }

  private static Resource only(String kind) {
    List<Resource> found = objects.stream().filter(r -> r.kind().equals(kind)).toList();
    assertThat(found).as(kind).hasSize(1);
    return found.get(0);
  }

  private static JsonNode at(Resource r, String path) {
    return at(r.object(), path);
  }

  /** The node at a dotted path (numbers index arrays); the path must exist. */
  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      node = part.matches("\\d+") ? node.path(Integer.parseInt(part)) : node.path(part);
    }
    assertThat(node.isMissingNode()).as(path + " in " + root).isFalse();
    return node;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static JsonNode container() {
    return at(only("Deployment"), "spec.template.spec.containers.0");
  }

  private static JsonNode volume(String name) {
    for (JsonNode v : at(only("Deployment"), "spec.template.spec.volumes")) {
      if (v.path("name").asString().equals(name)) {
        return v;
      }
    }
    throw new AssertionError("no volume " + name);
  }

  private static String mountPath(String volume) {
    for (JsonNode m : container().path("volumeMounts")) {
      if (m.path("name").asString().equals(volume)) {
        return m.path("mountPath").asString();
      }
    }
    throw new AssertionError("no mount of " + volume);
  }

  private static String arg(String flag) {
    for (JsonNode a : container().path("args")) {
      if (a.asString().startsWith(flag + "=")) {
        return a.asString().substring(flag.length() + 1);
      }
    }
    throw new AssertionError("no argument " + flag);
  }

  private static Map<String, String> map(JsonNode node) {
    return new TreeMap<>(Resource.stringMap(node));
  }

  private static Map<String, String> podLabels() {
    return map(at(only("Deployment"), "spec.template.metadata.labels"));
  }

  private static Duration serverTimeout() {
    String config = at(only("ConfigMap"), "data").path("admission.yaml").asString();
    @SuppressWarnings("unchecked")
    Map<String, Object> root =
        (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(config);
    @SuppressWarnings("unchecked")
    String timeout = (String) ((Map<String, Object>) root.get("server")).get("timeout");
    assertThat(timeout).matches("\\d+s");
    return Duration.ofSeconds(Long.parseLong(timeout.substring(0, timeout.length() - 1)));
  }

  @Test
  void webhookCallsTheServiceThatSelectsTheServersPort() {
    Resource webhook = only("ValidatingWebhookConfiguration");
    JsonNode service = at(webhook, "webhooks.0.clientConfig.service");
    Resource svc = only("Service", service.path("name").asString());
    assertThat(svc.namespace()).isEqualTo(service.path("namespace").asString());
    assertThat(service.path("path").asString()).isEqualTo("/validate");
    JsonNode port = at(svc, "spec.ports.0");
    assertThat(port.path("port").asInt()).isEqualTo(service.path("port").asInt());
    assertThat(podLabels()).containsAllEntriesOf(map(at(svc, "spec.selector")));
    JsonNode containerPort = container().path("ports").path(0);
    assertThat(containerPort.path("name").asString())
        .isEqualTo(port.path("targetPort").asString());
    assertThat(arg("--port")).isEqualTo(containerPort.path("containerPort").asString());
  }

  @Test
  void certificateCoversTheServiceAndIsTheOneTheServerMountsAndTheApiServerTrusts() {
    Resource webhook = only("ValidatingWebhookConfiguration");
    String[] injectFrom = webhook.annotations().get("cert-manager.io/inject-ca-from").split("/");
    Resource cert = only("Certificate", injectFrom[1]);
    assertThat(cert.namespace()).isEqualTo(injectFrom[0]);
    Resource svc = only("Service");
    assertThat(strings(at(cert, "spec.dnsNames")))
        .contains(svc.name() + "." + svc.namespace() + ".svc");
    assertThat(at(volume("tls"), "secret.secretName").asString())
        .isEqualTo(at(cert, "spec.secretName").asString());
    String tlsDir = mountPath("tls");
    assertThat(arg("--tls-cert")).isEqualTo(tlsDir + "/tls.crt");
    assertThat(arg("--tls-key")).isEqualTo(tlsDir + "/tls.key");

    // serving certificate <- CA issuer <- CA certificate <- self-signed issuer
    Resource caIssuer = only("Issuer", at(cert, "spec.issuerRef.name").asString());
    Resource caCert = only("Certificate", "bulwark-admission-ca");
    assertThat(at(caCert, "spec.isCA").asBoolean()).isTrue();
    assertThat(at(caIssuer, "spec.ca.secretName").asString())
        .isEqualTo(at(caCert, "spec.secretName").asString());
    Resource selfSigned = only("Issuer", at(caCert, "spec.issuerRef.name").asString());
    assertThat(at(selfSigned, "spec").has("selfSigned")).isTrue();
  }

  @Test
  void configFileIsTheMountedConfigMapKey() {
    Resource config = only("ConfigMap");
    assertThat(at(volume("config"), "configMap.name").asString()).isEqualTo(config.name());
    String file = arg("--config");
    assertThat(file).startsWith(mountPath("config") + "/");
    assertThat(at(config, "data").has(file.substring(file.lastIndexOf('/') + 1))).isTrue();
  }

  @Test
  void webhookFailsClosedButNeverReviewsItsOwnNamespaceOrKubeSystem() {
    JsonNode hook = at(only("ValidatingWebhookConfiguration"), "webhooks.0");
    assertThat(hook.path("failurePolicy").asString()).isEqualTo("Fail");
    assertThat(hook.path("sideEffects").asString()).isEqualTo("None");
    assertThat(hook.path("matchPolicy").asString()).isEqualTo("Equivalent");
    assertThat(strings(hook.path("admissionReviewVersions"))).containsExactly("v1", "v1beta1");
    assertThat(Duration.ofSeconds(hook.path("timeoutSeconds").asInt()))
        .isGreaterThan(serverTimeout().plusSeconds(1));
    JsonNode expression = hook.path("namespaceSelector").path("matchExpressions").path(0);
    assertThat(expression.path("key").asString()).isEqualTo("kubernetes.io/metadata.name");
    assertThat(expression.path("operator").asString()).isEqualTo("NotIn");
    assertThat(strings(expression.path("values")))
        .contains("kube-system", only("Deployment").namespace());

    List<String> resources = new ArrayList<>();
    for (JsonNode rule : hook.path("rules")) {
      assertThat(strings(rule.path("operations"))).containsExactly("CREATE", "UPDATE");
      for (JsonNode resource : rule.path("resources")) {
        resources.add(strings(rule.path("apiGroups")).get(0) + "/" + resource.asString());
      }
    }
    assertThat(resources)
        .containsExactlyInAnyOrder(
            "/pods",
            "/pods/ephemeralcontainers",
            "/podtemplates",
            "/replicationcontrollers",
            "apps/deployments",
            "apps/replicasets",
            "apps/statefulsets",
            "apps/daemonsets",
            "batch/jobs",
            "batch/cronjobs",
            "/namespaces");
  }

  @Test
  void shutdownDrainsWithinTheGracePeriod() {
    JsonNode pod = at(only("Deployment"), "spec.template.spec");
    int sleep = container().path("lifecycle").path("preStop").path("sleep").path("seconds").asInt();
    assertThat(sleep).isPositive();
    // after the sleep, `admission serve` drains for 3 s and waits at most 20 s for in-flight
    // reviews (its defaults); the kubelet must not kill it before that
    assertThat(Duration.ofSeconds(pod.path("terminationGracePeriodSeconds").asInt()))
        .isGreaterThan(Duration.ofSeconds(sleep + 3 + 20));
    assertThat(container().path("readinessProbe").path("httpGet").path("path").asString())
        .isEqualTo("/readyz");
    assertThat(container().path("livenessProbe").path("httpGet").path("path").asString())
        .isEqualTo("/healthz");
    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      JsonNode get = container().path(probe).path("httpGet");
      assertThat(get.path("scheme").asString()).as(probe).isEqualTo("HTTPS");
      assertThat(get.path("port").asString()).as(probe).isEqualTo("https");
    }
  }

  @Test
  void twoReplicasAndABudgetThatKeepsOne() {
    Resource deployment = only("Deployment");
    assertThat(at(deployment, "spec.replicas").asInt()).isEqualTo(2);
    assertThat(at(deployment, "spec.strategy.rollingUpdate.maxUnavailable").asInt()).isZero();
    Resource pdb = only("PodDisruptionBudget");
    assertThat(at(pdb, "spec.minAvailable").asInt()).isEqualTo(1);
    assertThat(podLabels()).containsAllEntriesOf(map(at(pdb, "spec.selector.matchLabels")));
    JsonNode antiAffinity =
        at(
            deployment,
            "spec.template.spec.affinity.podAntiAffinity"
                + ".preferredDuringSchedulingIgnoredDuringExecution.0.podAffinityTerm");
    assertThat(antiAffinity.path("topologyKey").asString()).isEqualTo("kubernetes.io/hostname");
    assertThat(podLabels())
        .containsAllEntriesOf(map(antiAffinity.path("labelSelector").path("matchLabels")));
  }

  @Test
  void networkPolicyAdmitsTheServersPortAndNothingElse() {
    Resource policy = only("NetworkPolicy", "bulwark-admission");
    assertThat(podLabels()).containsAllEntriesOf(map(at(policy, "spec.podSelector.matchLabels")));
    JsonNode ingress = at(policy, "spec.ingress");
    assertThat(ingress).hasSize(1);
    assertThat(ingress.path(0).path("ports").path(0).path("port").asInt())
        .isEqualTo(container().path("ports").path(0).path("containerPort").asInt());
    Resource deny = only("NetworkPolicy", "default-deny");
    assertThat(map(at(deny, "spec.podSelector"))).isEmpty();
    assertThat(strings(at(deny, "spec.policyTypes"))).containsExactly("Ingress", "Egress");
  }

  @Test
  void serviceAccountMayOnlyReadNamespacesAndListPods() {
    Resource deployment = only("Deployment");
    String account = at(deployment, "spec.template.spec.serviceAccountName").asString();
    Resource binding = only("ClusterRoleBinding");
    JsonNode subject = at(binding, "subjects.0");
    assertThat(subject.path("name").asString()).isEqualTo(account);
    assertThat(subject.path("namespace").asString()).isEqualTo(deployment.namespace());
    assertThat(at(binding, "subjects")).hasSize(1);
    only("ServiceAccount", account);
    Resource role = only("ClusterRole", at(binding, "roleRef.name").asString());

    Map<String, List<String>> verbsByResource = new TreeMap<>();
    for (JsonNode rule : at(role, "rules")) {
      assertThat(strings(rule.path("apiGroups"))).containsExactly("");
      for (JsonNode resource : rule.path("resources")) {
        verbsByResource.put(resource.asString(), strings(rule.path("verbs")));
      }
    }
    assertThat(verbsByResource)
        .isEqualTo(Map.of("namespaces", List.of("get", "list", "watch"), "pods", List.of("list")));
  }

  @Test
  void ownNamespaceEnforcesRestricted() {
    Resource namespace = only("Namespace");
    assertThat(namespace.name()).isEqualTo(only("Deployment").namespace());
    assertThat(namespace.labels())
        .containsEntry("pod-security.kubernetes.io/enforce", "restricted")
        .containsEntry("pod-security.kubernetes.io/enforce-version", "latest");
    Set<String> namespaces =
        objects.stream()
            .map(Resource::namespace)
            .filter(n -> n != null && !n.isEmpty())
            .collect(Collectors.toSet());
    assertThat(namespaces).containsExactly(namespace.name());
  }
}
