package dev.bulwark.checks.pss;

import static dev.bulwark.checks.pss.PodBuilder.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.JsonPointer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact reasons, details and pointers per check, including the cases upstream's own unit tests pin
 * down (plurals, sorting, setters, quoting).
 */
class PssMessagesTest {
  private static final PssPolicy BASELINE = PssPolicy.parse("baseline", "latest");
  private static final PssPolicy RESTRICTED = PssPolicy.parse("restricted", "latest");

  private static PssViolation only(PssPod pod, PssPolicy policy, PssCheckId id) {
    return pod.evaluate(policy).violations().stream()
        .filter(v -> v.check() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " did not fail: " + pod.evaluate(policy)));
  }

  @Test
  void capabilitiesBaselineSortsAndDeduplicates() {
    PssViolation v =
        only(
            pod(
                "{\"containers\":["
                    + "{\"name\":\"a\",\"securityContext\":{\"capabilities\":{\"add\":[\"FOO\",\"BAR\",\"CHOWN\"]}}},"
                    + "{\"name\":\"b\",\"securityContext\":{\"capabilities\":{\"add\":[\"BAZ\",\"FOO\"]}}},"
                    + "{\"name\":\"c\",\"securityContext\":{\"capabilities\":{\"add\":[\"CHOWN\"],\"drop\":[\"ALL\"]}}}]}"),
            BASELINE,
            PssCheckId.CAPABILITIES_BASELINE);
    assertThat(v.reason()).isEqualTo("non-default capabilities");
    assertThat(v.detail())
        .isEqualTo(
            "containers \"a\", \"b\" must not include \"BAR\", \"BAZ\", \"FOO\" in"
                + " securityContext.capabilities.add");
    assertThat(v.pointers())
        .extracting(JsonPointer::toString)
        .containsExactly(
            "/spec/containers/0/securityContext/capabilities/add/0",
            "/spec/containers/0/securityContext/capabilities/add/1",
            "/spec/containers/1/securityContext/capabilities/add/0",
            "/spec/containers/1/securityContext/capabilities/add/1");
  }

  @Test
  void capabilitiesRestrictedJoinsBothPartsWithASemicolon() {
    PssViolation v =
        only(
            pod(
                "{\"containers\":["
                    + "{\"name\":\"a\",\"securityContext\":{\"capabilities\":{\"add\":[\"FOO\"]}}},"
                    + "{\"name\":\"b\",\"securityContext\":{\"capabilities\":{\"add\":[\"BAR\",\"CHOWN\"],\"drop\":[\"all\"]}}},"
                    + "{\"name\":\"c\",\"securityContext\":{\"capabilities\":{\"add\":[\"BAZ\",\"NET_BIND_SERVICE\"],\"drop\":[\"ALL\"]}}},"
                    + "{\"name\":\"d\",\"securityContext\":{\"capabilities\":{\"drop\":[\"ALL\"]}}}]}"),
            RESTRICTED,
            PssCheckId.CAPABILITIES_RESTRICTED);
    assertThat(v.describe())
        .isEqualTo(
            "unrestricted capabilities (containers \"a\", \"b\" must set"
                + " securityContext.capabilities.drop=[\"ALL\"]; containers \"a\", \"b\", \"c\""
                + " must not include \"BAR\", \"BAZ\", \"CHOWN\", \"FOO\" in"
                + " securityContext.capabilities.add)");
  }

  @Test
  void hostPortsAreSortedAsTextWithUsesOrUse() {
    assertThat(
            only(
                    pod(
                        "{\"containers\":[{\"name\":\"a\",\"ports\":[{\"containerPort\":1}]},"
                            + "{\"name\":\"b\",\"ports\":[{\"hostPort\":20},{\"hostPort\":0}]}]}"),
                    BASELINE,
                    PssCheckId.HOST_PORTS)
                .detail())
        .isEqualTo("container \"b\" uses hostPort 20");
    assertThat(
            only(
                    pod(
                        "{\"containers\":[{\"name\":\"b\",\"ports\":[{\"hostPort\":20},{\"hostPort\":10}]},"
                            + "{\"name\":\"c\",\"ports\":[{\"hostPort\":30},{\"hostPort\":10}]}]}"),
                    BASELINE,
                    PssCheckId.HOST_PORTS)
                .detail())
        .isEqualTo("containers \"b\", \"c\" use hostPorts 10, 20, 30");
  }

  @Test
  void hostPortDefaultingAppliesToPodsOnly() {
    String spec =
        "{\"hostNetwork\":true,\"containers\":[{\"name\":\"a\",\"ports\":[{\"containerPort\":8080}]}]}";
    assertThat(pod(spec).evaluate(BASELINE).forbiddenReasons())
        .isEqualTo("host namespaces, hostPort");
    assertThat(PodBuilder.template(spec).evaluate(BASELINE).forbiddenReasons())
        .isEqualTo("host namespaces");
  }

  @Test
  void hostProbesListContainersAndHostsOnceSorted() {
    PssViolation v =
        only(
            pod(
                "{\"containers\":[{\"name\":\"a\","
                    + "\"livenessProbe\":{\"httpGet\":{\"host\":\"localhost\"}},"
                    + "\"readinessProbe\":{\"tcpSocket\":{\"host\":\"::1\"}},"
                    + "\"startupProbe\":{\"exec\":{\"command\":[\"true\"]}},"
                    + "\"lifecycle\":{\"postStart\":{\"httpGet\":{\"host\":\"127.0.0.1\"}},"
                    + "\"preStop\":{\"tcpSocket\":{\"host\":\"localhost\"}}}}]}"),
            BASELINE,
            PssCheckId.HOST_PROBES_AND_HOST_LIFECYCLE);
    assertThat(v.detail())
        .isEqualTo(
            "container \"a\" uses probe or lifecycle hosts \"127.0.0.1\", \"::1\", \"localhost\"");
    assertThat(v.pointers())
        .extracting(JsonPointer::toString)
        .containsExactly(
            "/spec/containers/0/livenessProbe/httpGet/host",
            "/spec/containers/0/readinessProbe/tcpSocket/host",
            "/spec/containers/0/lifecycle/postStart/httpGet/host",
            "/spec/containers/0/lifecycle/preStop/tcpSocket/host");
  }

  @Test
  void appArmorAnnotationsAreQuotedLikeGo() {
    PssViolation v =
        only(
            pod(
                "{\"annotations\":{"
                    + "\"container.apparmor.security.beta.kubernetes.io/\":\"bogus\","
                    + "\"container.apparmor.security.beta.kubernetes.io/a\":\"\","
                    + "\"container.apparmor.security.beta.kubernetes.io/b\":\"runtime/default\","
                    + "\"container.apparmor.security.beta.kubernetes.io/c\":\"localhost/\","
                    + "\"container.apparmor.security.beta.kubernetes.io/e\":\"unconfined\","
                    + "\"container.apparmor.security.beta.kubernetes.io/f\":\"un\\\"known\\n\"}}",
                "{\"containers\":[{\"name\":\"a\"}]}"),
            BASELINE,
            PssCheckId.APP_ARMOR_PROFILE);
    assertThat(v.reason()).isEqualTo("forbidden AppArmor profiles");
    assertThat(v.detail())
        .isEqualTo(
            "annotations must not set AppArmor profile type to"
                + " \"container.apparmor.security.beta.kubernetes.io/=\"bogus\"\","
                + " \"container.apparmor.security.beta.kubernetes.io/e=\"unconfined\"\","
                + " \"container.apparmor.security.beta.kubernetes.io/f=\"un\\\"known\\n\"\"");
    assertThat(v.pointers()).hasSize(3);
  }

  @Test
  void appArmorFieldsAndSettersInOrder() {
    PssViolation v =
        only(
            pod(
                "{\"securityContext\":{\"appArmorProfile\":{\"type\":\"Unconfined\"}},"
                    + "\"containers\":[{\"name\":\"a\",\"securityContext\":{\"appArmorProfile\":{}}},"
                    + "{\"name\":\"b\",\"securityContext\":{\"appArmorProfile\":{\"type\":\"Localhost\"}}}]}"),
            BASELINE,
            PssCheckId.APP_ARMOR_PROFILE);
    // A profile without a type is present with an empty type, which is not allowed.
    assertThat(v.describe())
        .isEqualTo(
            "forbidden AppArmor profiles (pod and container \"a\" must not set AppArmor profile"
                + " type to \"\", \"Unconfined\")");
  }

  @Test
  void seLinuxListsOnlyTheProblemsPresent() {
    assertThat(
            only(
                    pod(
                        "{\"securityContext\":{\"seLinuxOptions\":{\"type\":\"foo\",\"user\":\"u\",\"role\":\"r\"}},"
                            + "\"containers\":[{\"name\":\"e\",\"securityContext\":{\"seLinuxOptions\":{\"type\":\"bar\"}}},"
                            + "{\"name\":\"f\",\"securityContext\":{\"seLinuxOptions\":{\"level\":\"s0\",\"type\":\"container_t\"}}}]}"),
                    BASELINE,
                    PssCheckId.SE_LINUX_OPTIONS)
                .detail())
        .isEqualTo(
            "pod and container \"e\" set forbidden securityContext.seLinuxOptions: types \"bar\","
                + " \"foo\"; user may not be set; role may not be set");
    assertThat(
            only(
                    pod(
                        "{\"securityContext\":{\"seLinuxOptions\":{\"role\":\"r\"}},\"containers\":[]}"),
                    BASELINE,
                    PssCheckId.SE_LINUX_OPTIONS)
                .detail())
        .isEqualTo("pod set forbidden securityContext.seLinuxOptions: role may not be set");
  }

  @Test
  void procMountListsEveryForbiddenType() {
    assertThat(
            only(
                    pod(
                        "{\"containers\":[{\"name\":\"c\",\"securityContext\":{\"procMount\":\"Default\"}},"
                            + "{\"name\":\"d\",\"securityContext\":{\"procMount\":\"Unmasked\"}},"
                            + "{\"name\":\"e\",\"securityContext\":{\"procMount\":\"other\"}}]}"),
                    BASELINE,
                    PssCheckId.PROC_MOUNT)
                .detail())
        .isEqualTo(
            "containers \"d\", \"e\" must not set securityContext.procMount to \"Unmasked\","
                + " \"other\"");
  }

  @Test
  void runAsNonRootExplicitFalseWinsOverMissing() {
    String spec =
        "{\"securityContext\":{\"runAsNonRoot\":false},\"containers\":[{\"name\":\"a\"},"
            + "{\"name\":\"c\",\"securityContext\":{\"runAsNonRoot\":false}}]}";
    assertThat(only(pod(spec), RESTRICTED, PssCheckId.RUN_AS_NON_ROOT).detail())
        .isEqualTo("pod and container \"c\" must not set securityContext.runAsNonRoot=false");
    assertThat(
            only(
                    pod(
                        "{\"containers\":[{\"name\":\"a\"},{\"name\":\"b\",\"securityContext\":{\"runAsUser\":1000}}]}"),
                    RESTRICTED,
                    PssCheckId.RUN_AS_NON_ROOT)
                .detail())
        .isEqualTo("pod or containers \"a\", \"b\" must set securityContext.runAsNonRoot=true");
  }

  @Test
  void seccompRestrictedInheritsOnlyAValidPodProfile() {
    assertThat(
            only(
                    pod(
                        "{\"securityContext\":{\"seccompProfile\":{\"type\":\"Unconfined\"}},"
                            + "\"containers\":[{\"name\":\"a\"},{\"name\":\"c\",\"securityContext\":"
                            + "{\"seccompProfile\":{\"type\":\"Unconfined\"}}},{\"name\":\"d\",\"securityContext\":"
                            + "{\"seccompProfile\":{\"type\":\"Localhost\"}}}]}"),
                    RESTRICTED,
                    PssCheckId.SECCOMP_PROFILE_RESTRICTED)
                .detail())
        .isEqualTo(
            "pod and container \"c\" must not set securityContext.seccompProfile.type to"
                + " \"Unconfined\"");
    assertThat(
            pod("{\"securityContext\":{\"seccompProfile\":{\"type\":\"RuntimeDefault\"}},"
                    + "\"containers\":[{\"name\":\"a\"}]}")
                .evaluate(RESTRICTED)
                .violations())
        .extracting(PssViolation::check)
        .doesNotContain(PssCheckId.SECCOMP_PROFILE_RESTRICTED);
  }

  @Test
  void restrictedVolumesNameEachSourceOnce() {
    PssViolation v =
        only(
            pod(
                "{\"volumes\":[{\"name\":\"a\",\"nfs\":{}},{\"name\":\"b\",\"emptyDir\":{}},"
                    + "{\"name\":\"c\",\"hostPath\":{}},{\"name\":\"d\",\"nfs\":{}},{\"name\":\"e\"},"
                    + "{\"name\":\"f\",\"emptyDir\":null}],\"containers\":[]}"),
            RESTRICTED,
            PssCheckId.RESTRICTED_VOLUMES);
    assertThat(v.detail())
        .isEqualTo("volumes \"a\", \"c\", \"d\" use restricted volume types \"hostPath\", \"nfs\"");
    assertThat(v.pointers())
        .extracting(JsonPointer::toString)
        .containsExactly("/spec/volumes/0/nfs", "/spec/volumes/2/hostPath", "/spec/volumes/3/nfs");
  }

  @Test
  void deniedMessageJoinsChecksInUpstreamOrder() {
    PssResult result = pod("{\"containers\":[{\"name\":\"app\"}]}").evaluate(RESTRICTED);
    assertThat(result.message())
        .isEqualTo(
            "violates PodSecurity \"restricted:latest\": allowPrivilegeEscalation != false"
                + " (container \"app\" must set securityContext.allowPrivilegeEscalation=false),"
                + " unrestricted capabilities (container \"app\" must set"
                + " securityContext.capabilities.drop=[\"ALL\"]), runAsNonRoot != true (pod or"
                + " container \"app\" must set securityContext.runAsNonRoot=true), seccompProfile"
                + " (pod or container \"app\" must set securityContext.seccompProfile.type to"
                + " \"RuntimeDefault\" or \"Localhost\")");
    assertThat(result.forbiddenReasons())
        .isEqualTo(
            "allowPrivilegeEscalation != false, unrestricted capabilities, runAsNonRoot != true,"
                + " seccompProfile");
    assertThat(result.violations().get(0).pointers())
        .containsExactly(
            JsonPointer.parse("/spec/containers/0/securityContext/allowPrivilegeEscalation"));
  }

  @Test
  void mistypedFieldsReadAsUnsetLikeGoCouldNotDecodeThem() {
    PssPod pod =
        pod(
            "{\"hostNetwork\":\"true\",\"containers\":[{\"name\":\"a\",\"securityContext\":"
                + "{\"privileged\":\"true\",\"capabilities\":{\"add\":[1,\"SYS_ADMIN\"]}}}]}");
    assertThat(pod.evaluate(BASELINE).violations())
        .extracting(PssViolation::describe)
        .containsExactly(
            "non-default capabilities (container \"a\" must not include \"SYS_ADMIN\" in"
                + " securityContext.capabilities.add)");
  }

  @Test
  void templatePointersAreRelativeToTheOwningObject() {
    PssResult result =
        PodBuilder.template("{\"hostPID\":true,\"containers\":[{\"name\":\"a\"}]}")
            .evaluate(BASELINE);
    assertThat(result.violations().get(0).pointers())
        .containsExactly(JsonPointer.parse("/spec/template/spec/hostPID"));
  }

  @Test
  void goQuoteEscapesLikeStrconvQuote() {
    assertThat(Phrases.goQuote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(Phrases.goQuote("\u0007\b\f\n\r\t\u000b")).isEqualTo("\"\\a\\b\\f\\n\\r\\t\\v\"");
    assertThat(Phrases.goQuote("\u0001\u007f")).isEqualTo("\"\\x01\\x7f\"");
    assertThat(Phrases.goQuote("é中😀 ")).isEqualTo("\"é中😀 \"");
    assertThat(Phrases.goQuote("\u00a0\u200b")).isEqualTo("\"\\u00a0\\u200b\"");
    assertThat(Phrases.goQuote("\uDB80\uDC00")).isEqualTo("\"\\U000f0000\"");
  }

  @Test
  void sortingFollowsGoByteOrder() {
    List<String> sorted = new java.util.ArrayList<>(List.of("\uFF21", "😀", "b", "B"));
    sorted.sort(Phrases.GO_ORDER);
    assertThat(sorted).containsExactly("B", "b", "\uFF21", "😀");
  }
}
