package dev.bulwark.checks.pss;

import dev.bulwark.api.JsonPointer;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random pods for property tests: every field Pod Security reads, each absent, good or bad,
 * biased towards good values so that a fair share of pods pass even restricted.
 */
final class RandomPods {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> NAMES = List.of("a", "b", "c", "app");
  private static final List<String> GOOD_CAPS = List.of("NET_BIND_SERVICE", "CHOWN", "KILL");
  private static final List<String> BAD_CAPS =
      List.of("SYS_ADMIN", "NET_RAW", "chown", "CAP_KILL", "ALL");
  private static final List<String> SECCOMP =
      List.of("RuntimeDefault", "Localhost", "Unconfined", "");
  private static final List<String> APPARMOR = List.of("RuntimeDefault", "Localhost", "Unconfined");
  private static final List<String> SELINUX_TYPES =
      List.of(
          "", "container_t", "container_init_t", "container_kvm_t", "container_engine_t", "spc_t");
  private static final List<String> SYSCTLS =
      List.of(
          "kernel.shm_rmid_forced",
          "net.ipv4.ip_local_reserved_ports",
          "net.ipv4.tcp_keepalive_time",
          "net.ipv4.tcp_rmem",
          "net.ipv4.tcp_notsent_lowat",
          "kernel.msgmax");
  private static final List<String> VOLUME_SOURCES =
      List.of(
          "emptyDir",
          "configMap",
          "secret",
          "projected",
          "persistentVolumeClaim",
          "hostPath",
          "nfs",
          "none");
  private static final List<String> ANNOTATION_VALUES =
      List.of("runtime/default", "localhost/profile", "unconfined", "docker/default", "");

  private final Random random;

  RandomPods(long seed) {
    this.random = new Random(seed);
  }

  /** A random pod spec (as JSON) with matching metadata. */
  Generated next() {
    boolean hardened = random.nextBoolean();
    ObjectNode spec = NODES.objectNode();
    ObjectNode metadata = NODES.objectNode();
    maybe(0.05, () -> spec.put("hostNetwork", true));
    maybe(0.05, () -> spec.put("hostPID", random.nextBoolean()));
    maybe(0.05, () -> spec.put("hostIPC", true));
    maybe(0.3, () -> spec.put("hostUsers", random.nextBoolean()));
    maybe(0.2, () -> spec.putObject("os").put("name", pick(List.of("linux", "windows"))));
    ObjectNode podContext = spec.putObject("securityContext");
    if (hardened) {
      podContext.put("runAsNonRoot", true);
      podContext.putObject("seccompProfile").put("type", "RuntimeDefault");
    }
    securityContext(podContext, true);
    maybe(0.3, () -> annotations(metadata.putObject("annotations")));
    maybe(0.4, () -> volumes(spec.putArray("volumes")));
    containers(spec.putArray("initContainers"), random.nextInt(2), hardened);
    containers(spec.putArray("containers"), 1 + random.nextInt(2), hardened);
    containers(spec.putArray("ephemeralContainers"), random.nextInt(4) == 0 ? 1 : 0, hardened);
    return new Generated(metadata, spec);
  }

  /** A generated pod; {@link #decode()} reads it afresh. */
  record Generated(ObjectNode metadata, ObjectNode spec) {
    PssPod decode() {
      return PssPod.of(metadata, spec, JsonPointer.of("metadata"), JsonPointer.of("spec"), true);
    }

    Generated copy() {
      return new Generated(metadata.deepCopy(), spec.deepCopy());
    }
  }

  private void containers(ArrayNode list, int count, boolean hardened) {
    for (int i = 0; i < count; i++) {
      ObjectNode c = list.addObject();
      c.put("name", pick(NAMES));
      c.put("image", "registry.example/app:1");
      ObjectNode context = c.putObject("securityContext");
      if (hardened) {
        context.put("allowPrivilegeEscalation", false);
        context.putObject("capabilities").putArray("drop").add("ALL");
      }
      securityContext(context, false);
      maybe(
          0.1,
          () ->
              c.putArray("ports")
                  .addObject()
                  .put("containerPort", 8080)
                  .put("hostPort", pick(List.of(0, 0, 8080))));
      maybe(
          0.1,
          () ->
              c.putObject("livenessProbe")
                  .putObject("httpGet")
                  .put("host", pick(List.of("", "localhost"))));
    }
  }

  private void securityContext(ObjectNode context, boolean pod) {
    maybe(0.15, () -> context.put("runAsNonRoot", random.nextInt(4) != 0));
    maybe(0.15, () -> context.put("runAsUser", pick(List.of(0, 1000, 65534))));
    maybe(0.15, () -> context.putObject("seccompProfile").put("type", pick(SECCOMP)));
    maybe(0.1, () -> context.putObject("appArmorProfile").put("type", pick(APPARMOR)));
    maybe(0.1, () -> context.putObject("seLinuxOptions").put("type", pick(SELINUX_TYPES)));
    maybe(0.03, () -> context.putObject("seLinuxOptions").put("user", "system_u"));
    maybe(0.03, () -> context.putObject("windowsOptions").put("hostProcess", random.nextBoolean()));
    if (pod) {
      maybe(
          0.2,
          () ->
              context.putArray("sysctls").addObject().put("name", pick(SYSCTLS)).put("value", "1"));
      return;
    }
    maybe(0.05, () -> context.put("privileged", random.nextInt(3) == 0));
    maybe(0.15, () -> context.put("allowPrivilegeEscalation", random.nextInt(4) == 0));
    maybe(0.2, () -> capabilities(context.putObject("capabilities")));
    maybe(0.05, () -> context.put("procMount", pick(List.of("Default", "Unmasked"))));
  }

  private void capabilities(ObjectNode capabilities) {
    maybe(0.7, () -> capabilities.putArray("drop").add(pick(List.of("ALL", "ALL", "NET_RAW"))));
    maybe(
        0.4,
        () ->
            capabilities
                .putArray("add")
                .add(random.nextBoolean() ? pick(GOOD_CAPS) : pick(BAD_CAPS)));
  }

  private void annotations(ObjectNode annotations) {
    maybe(
        0.5,
        () ->
            annotations.put(
                "container.apparmor.security.beta.kubernetes.io/" + pick(NAMES),
                pick(ANNOTATION_VALUES)));
    maybe(
        0.3,
        () -> annotations.put("seccomp.security.alpha.kubernetes.io/pod", pick(ANNOTATION_VALUES)));
    maybe(
        0.3,
        () ->
            annotations.put(
                "container.seccomp.security.alpha.kubernetes.io/" + pick(NAMES),
                pick(ANNOTATION_VALUES)));
  }

  private void volumes(ArrayNode volumes) {
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      ObjectNode volume = volumes.addObject().put("name", "v" + i);
      String source = pick(VOLUME_SOURCES);
      if (!source.equals("none")) {
        volume.putObject(source);
      }
    }
  }

  private void maybe(double probability, Runnable action) {
    if (random.nextDouble() < probability) {
      action.run();
    }
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
