package dev.bulwark.checks.pss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties over seeded random pods (same seeds every run, so a failure reproduces): restricted is
 * never laxer than baseline, adding a forbidden value never helps, and checks move with the version
 * only in the direction upstream's changelog says.
 */
class PssPropertiesTest {
  private static final long SEED = 20_260_701L;
  private static final int PODS = 500;
  private static final int NEWEST = PssVersion.NEWEST_KNOWN_MINOR;

  /**
   * Holds for every pod the API server accepts. It does not hold for a Windows pod that sets
   * Linux-only fields (API validation rejects those): from v1.25 upstream's restricted checks skip
   * Windows pods while still replacing the baseline checks they stand in for; see {@link
   * #windowsPodsWithLinuxFieldsAreTheOneExceptionAsUpstream}.
   */
  @Test
  void allowedAtRestrictedImpliesAllowedAtBaselineAtEveryVersion() {
    RandomPods random = new RandomPods(SEED);
    int restrictedAllowed = 0;
    for (int i = 0; i < PODS; i++) {
      RandomPods.Generated generated = random.next();
      PssPod pod = generated.decode();
      if (pod.windows && setsLinuxOnlyFields(generated.spec())) {
        continue;
      }
      for (int minor = 0; minor <= NEWEST; minor++) {
        PssVersion version = PssVersion.of(minor);
        if (pod.evaluate(PssLevel.RESTRICTED, version).allowed()) {
          restrictedAllowed++;
          PssResult baseline = pod.evaluate(PssLevel.BASELINE, version);
          if (!baseline.allowed()) {
            fail("pod %d allowed at restricted but %s", i, baseline.message());
          }
        }
      }
    }
    // The property must not hold vacuously.
    assertThat(restrictedAllowed).isGreaterThan(PODS * (NEWEST + 1) / 20);
  }

  @Test
  void windowsPodsWithLinuxFieldsAreTheOneExceptionAsUpstream() {
    PssPod invalidWindowsPod =
        PodBuilder.pod(
            "{\"os\":{\"name\":\"windows\"},\"securityContext\":{\"runAsNonRoot\":true},"
                + "\"containers\":[{\"name\":\"a\",\"securityContext\":{\"capabilities\":"
                + "{\"add\":[\"SYS_ADMIN\"]},\"seccompProfile\":{\"type\":\"Unconfined\"}}}]}");
    assertThat(invalidWindowsPod.evaluate(PssLevel.RESTRICTED, PssVersion.of(25)).allowed())
        .isTrue();
    assertThat(invalidWindowsPod.evaluate(PssLevel.BASELINE, PssVersion.of(25)).forbiddenReasons())
        .isEqualTo("non-default capabilities, seccompProfile");
    assertThat(invalidWindowsPod.evaluate(PssLevel.RESTRICTED, PssVersion.of(24)).allowed())
        .isFalse();
  }

  /** Fields API validation forbids on Windows pods, which upstream's Windows exemptions assume. */
  private static boolean setsLinuxOnlyFields(JsonNode spec) {
    if (spec.path("securityContext").has("seccompProfile")) {
      return true;
    }
    for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
      for (JsonNode c : spec.path(list)) {
        JsonNode context = c.path("securityContext");
        if (context.has("seccompProfile") || context.has("capabilities")) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void addingAForbiddenValueNeverTurnsADenialIntoAnAllowance() {
    RandomPods random = new RandomPods(SEED + 1);
    List<BiConsumer<RandomPods.Generated, RandomPods>> mutations = mutations();
    int denialsKept = 0;
    for (int i = 0; i < PODS; i++) {
      RandomPods.Generated before = random.next();
      RandomPods.Generated after = before.copy();
      mutations.get(random.nextInt(mutations.size())).accept(after, random);
      PssPod original = before.decode();
      PssPod mutated = after.decode();
      for (PssLevel level : List.of(PssLevel.BASELINE, PssLevel.RESTRICTED)) {
        for (int minor = 0; minor <= NEWEST; minor += 1) {
          PssResult was = original.evaluate(level, PssVersion.of(minor));
          PssResult is = mutated.evaluate(level, PssVersion.of(minor));
          if (!failing(is).containsAll(failing(was))) {
            fail("pod %d at %s:v1.%d: %s became %s", i, level, minor, was.message(), is.message());
          }
          if (!was.allowed()) {
            denialsKept++;
          }
        }
      }
    }
    assertThat(denialsKept).isGreaterThan(PODS);
  }

  @Test
  void checksMoveWithTheVersionOnlyInTheirDirection() {
    RandomPods random = new RandomPods(SEED + 2);
    Set<PssCheckId> unchanging =
        EnumSet.of(
            PssCheckId.APP_ARMOR_PROFILE,
            PssCheckId.CAPABILITIES_BASELINE,
            PssCheckId.HOST_NAMESPACES,
            PssCheckId.HOST_PATH_VOLUMES,
            PssCheckId.HOST_PORTS,
            PssCheckId.PRIVILEGED,
            PssCheckId.WINDOWS_HOST_PROCESS,
            PssCheckId.RESTRICTED_VOLUMES);
    Set<PssCheckId> onlyRelaxing = EnumSet.of(PssCheckId.SE_LINUX_OPTIONS, PssCheckId.SYSCTLS);
    Set<PssCheckId> onlyTightening =
        EnumSet.of(PssCheckId.HOST_PROBES_AND_HOST_LIFECYCLE, PssCheckId.PROC_MOUNT_RESTRICTED);
    Set<PssCheckId> windowsExempted =
        EnumSet.of(
            PssCheckId.ALLOW_PRIVILEGE_ESCALATION,
            PssCheckId.CAPABILITIES_RESTRICTED,
            PssCheckId.SECCOMP_PROFILE_RESTRICTED);
    Set<PssCheckId> userNamespaceRelaxed =
        EnumSet.of(PssCheckId.PROC_MOUNT, PssCheckId.RUN_AS_NON_ROOT, PssCheckId.RUN_AS_USER);
    for (int i = 0; i < PODS; i++) {
      PssPod pod = random.next().decode();
      for (int minor = 0; minor < NEWEST; minor++) {
        for (PssCheckId id : PssCheckId.values()) {
          boolean older = fails(id, minor, pod);
          boolean newer = fails(id, minor + 1, pod);
          boolean holds = true;
          if (unchanging.contains(id)) {
            holds = newer == older;
          } else if (onlyRelaxing.contains(id)) {
            holds = !newer || older;
          } else if (onlyTightening.contains(id)
              || (windowsExempted.contains(id) && !pod.windows)
              || (userNamespaceRelaxed.contains(id) && !pod.userNamespace)) {
            holds = !older || newer;
          } else if (windowsExempted.contains(id) && minor >= 25) {
            holds = newer == older;
          }
          if (!holds) {
            fail("%s between v1.%d and v1.%d for pod %d", id, minor, minor + 1, i);
          }
        }
      }
    }
  }

  private static boolean fails(PssCheckId id, int minor, PssPod pod) {
    PssCheck check = PssRegistry.revisionAt(id, minor);
    return check != null && check.evaluate(pod) != null;
  }

  private static Set<PssCheckId> failing(PssResult result) {
    Set<PssCheckId> ids = EnumSet.noneOf(PssCheckId.class);
    result.violations().forEach(v -> ids.add(v.check()));
    return ids;
  }

  /** Changes that each set one forbidden value, leaving everything else as it was. */
  private static List<BiConsumer<RandomPods.Generated, RandomPods>> mutations() {
    List<BiConsumer<RandomPods.Generated, RandomPods>> all = new ArrayList<>();
    all.add((pod, r) -> pod.spec().put("hostPID", true));
    all.add(
        (pod, r) ->
            volumes(pod).addObject().put("name", "host").putObject("hostPath").put("path", "/"));
    all.add(
        (pod, r) -> volumes(pod).addObject().put("name", "nfs").putObject("nfs").put("path", "/"));
    all.add((pod, r) -> context(pod, r).put("privileged", true));
    all.add((pod, r) -> arrayIn(object(context(pod, r), "capabilities"), "add").add("SYS_ADMIN"));
    all.add(
        (pod, r) ->
            arrayIn(container(pod, r), "ports")
                .addObject()
                .put("containerPort", 9)
                .put("hostPort", 9));
    all.add((pod, r) -> object(context(pod, r), "seLinuxOptions").put("type", "spc_t"));
    all.add((pod, r) -> context(pod, r).put("procMount", "Unmasked"));
    all.add(
        (pod, r) ->
            arrayIn(object(pod.spec(), "securityContext"), "sysctls")
                .addObject()
                .put("name", "kernel.msgmax"));
    all.add((pod, r) -> object(context(pod, r), "windowsOptions").put("hostProcess", true));
    all.add((pod, r) -> object(context(pod, r), "seccompProfile").put("type", "Unconfined"));
    all.add((pod, r) -> object(context(pod, r), "appArmorProfile").put("type", "Unconfined"));
    all.add((pod, r) -> context(pod, r).put("allowPrivilegeEscalation", true));
    all.add((pod, r) -> context(pod, r).put("runAsUser", 0));
    all.add((pod, r) -> context(pod, r).put("runAsNonRoot", false));
    all.add(
        (pod, r) ->
            object(object(container(pod, r), "livenessProbe"), "tcpSocket").put("host", "x"));
    all.add(
        (pod, r) ->
            object(pod.metadata(), "annotations")
                .put(
                    "container.apparmor.security.beta.kubernetes.io/" + r.pick(List.of("a", "b")),
                    "unconfined"));
    return all;
  }

  private static ObjectNode container(RandomPods.Generated pod, RandomPods random) {
    List<ObjectNode> all = new ArrayList<>();
    for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
      for (JsonNode c : pod.spec().path(list)) {
        all.add((ObjectNode) c);
      }
    }
    return all.get(random.nextInt(all.size()));
  }

  private static ObjectNode context(RandomPods.Generated pod, RandomPods random) {
    return object(container(pod, random), "securityContext");
  }

  private static tools.jackson.databind.node.ArrayNode volumes(RandomPods.Generated pod) {
    return arrayIn(pod.spec(), "volumes");
  }

  private static ObjectNode object(ObjectNode parent, String field) {
    return parent.get(field) instanceof ObjectNode existing ? existing : parent.putObject(field);
  }

  private static tools.jackson.databind.node.ArrayNode arrayIn(ObjectNode parent, String field) {
    return parent.get(field) instanceof tools.jackson.databind.node.ArrayNode existing
        ? existing
        : parent.putArray(field);
  }
}
