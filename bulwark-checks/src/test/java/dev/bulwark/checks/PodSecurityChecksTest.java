package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.api.FrameworkRef;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.testsupport.TestContext;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PodSecurityChecksTest {
  /** The ids another engineer documents in docs/coverage.md: they must not drift. */
  private static final Set<String> IDS =
      Set.of(
          "allow-privilege-escalation",
          "run-as-group-root",
          "writable-root-filesystem",
          "capabilities-not-dropped",
          "dangerous-capabilities",
          "host-port",
          "host-path-volume",
          "sensitive-host-path",
          "unmasked-proc-mount",
          "unsafe-sysctls",
          "seccomp-unconfined",
          "seccomp-profile-missing",
          "apparmor-unconfined",
          "selinux-custom-options",
          "windows-host-process",
          "service-account-token-automount",
          "default-service-account",
          "deprecated-service-account-field",
          "no-memory-limit",
          "no-cpu-request",
          "no-ephemeral-storage-limit");

  private static final Pattern FRAMEWORK_ID =
      Pattern.compile(
          "CIS:5\\.[0-9]+\\.[0-9]+|PSS:(baseline|restricted)/[a-z-]+|NSA:[a-z-]+"
              + "|MITRE:T[0-9]{4}(\\.[0-9]{3})?");

  private final List<Check> checks = new PodSecurityChecks().checks();

  @Test
  void providerIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(CheckProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(PodSecurityChecks.class);
  }

  @Test
  void providesExactlyTheAgreedIds() {
    assertThat(checks.stream().map(c -> c.metadata().id()))
        .containsExactlyInAnyOrderElementsOf(IDS);
  }

  @Test
  void idsAreUniqueAcrossAllProviders() {
    List<String> all =
        ServiceLoader.load(CheckProvider.class).stream()
            .flatMap(p -> p.get().checks().stream())
            .map(c -> c.metadata().id())
            .toList();
    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void metadataIsCompleteAndFrameworksAreWellFormed() {
    for (Check check : checks) {
      CheckMetadata m = check.metadata();
      assertThat(m.description()).as(m.id()).isNotBlank();
      assertThat(m.kinds()).as(m.id()).containsExactlyInAnyOrderElementsOf(Workloads.KINDS);
      assertThat(m.frameworks().stream().map(FrameworkRef::toString))
          .as(m.id())
          .allMatch(ref -> FRAMEWORK_ID.matcher(ref).matches());
      if (!m.id().equals("deprecated-service-account-field")) {
        assertThat(m.frameworks()).as(m.id()).isNotEmpty();
      }
    }
  }

  @Test
  void checksAreFinalAnnotatedAndReadOnlyTheirDeclaredParameters() {
    for (Check check : checks) {
      assertThat(Modifier.isFinal(check.getClass().getModifiers()))
          .as(check.getClass().getName())
          .isTrue();
      assertThat(check.getClass().getAnnotation(CheckInfo.class)).isNotNull();
      // TestContext throws on undeclared parameters; a workload with everything in it reads them.
      check.check(
          dev.bulwark.checks.testsupport.TestResources.pod(
              "{\"securityContext\":{\"sysctls\":[{\"name\":\"a.b\"}]},\"containers\":[{\"name\":"
                  + "\"a\",\"securityContext\":{\"capabilities\":{\"add\":[\"X\"]}}}]}"),
          TestContext.defaultsOf(check));
    }
  }
}
