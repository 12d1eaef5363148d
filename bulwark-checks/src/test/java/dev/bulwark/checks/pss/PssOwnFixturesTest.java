package dev.bulwark.checks.pss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Resource;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own fixtures for what upstream's miss (the README's gaps: ephemeral containers, {@code
 * container_engine_t}, the Windows exemption before v1.29, user namespaces, whole sysctl lists) and
 * for exact messages. Same layout as upstream's; every fail fixture states its full message.
 */
class PssOwnFixturesTest {
  private static final LoadResult FIXTURES = load();

  @Test
  void everyFixtureLoadsAndEveryFailureStatesItsMessage() {
    assertThat(FIXTURES.diagnostics()).isEmpty();
    assertThat(FIXTURES.resources()).hasSizeGreaterThan(20);
    for (Resource pod : FIXTURES.resources()) {
      PssFixture fixture = PssFixture.of(pod);
      assertThat(fixture.shouldPass() || fixture.message() != null)
          .as("%s needs a '# message:' line", pod.file())
          .isTrue();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureGetsItsVerdict() {
    return FIXTURES.resources().stream()
        .map(
            pod ->
                DynamicTest.dynamicTest(
                    Path.of(pod.file()).getParent().getParent().getFileName()
                        + "/"
                        + Path.of(pod.file()).getParent().getFileName()
                        + "/"
                        + Path.of(pod.file()).getFileName(),
                    () -> {
                      PssFixture fixture = PssFixture.of(pod);
                      assertThat(fixture.problem(fixture.decoded().evaluate(fixture.policy())))
                          .as(pod.file())
                          .isNull();
                    }));
  }

  private static LoadResult load() {
    try {
      Path root = Path.of(PssOwnFixturesTest.class.getResource("/pss").toURI());
      return new ManifestLoader().load(List.of(root.toString()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
