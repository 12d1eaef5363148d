package dev.bulwark.checks.controlplane.cis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Inventory;
import dev.bulwark.checks.ControlPlaneChecks;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code bulwark cis} and {@code bulwark scan} agree: every fixture of a CIS item's scan check,
 * read as the only input of a CIS assessment, gives PASS for a pass fixture and FAIL (Automated) or
 * WARN (Manual) for a fail fixture. A pass fixture without the component (a container that only
 * mentions kube-apiserver, an external etcd) leaves the item not evaluated, which is WARN.
 */
class CisFixturesTest {
  private static final Path CHECKS = Path.of("src/test/resources/checks");
  private static final CisBenchmark BENCHMARK = CisBenchmark.named(ControlPlaneChecks.BENCHMARK);

  @TestFactory
  Stream<DynamicContainer> scanFixturesGiveTheCisStatus() throws IOException {
    return BENCHMARK.groups().stream()
        .flatMap(group -> group.items().stream())
        .filter(item -> item.scan().isPresent())
        .map(
            item ->
                DynamicContainer.dynamicContainer(
                    item.id() + " " + item.scan().get().checkId(),
                    fixtures(item.scan().get().checkId()).stream()
                        .map(
                            file ->
                                DynamicTest.dynamicTest(
                                    file.getFileName().toString(), () -> verify(item, file)))));
  }

  private static void verify(CisItem item, Path file) {
    LoadResult loaded = new ManifestLoader().load(List.of(file.toString()));
    assertThat(loaded.errors()).isEmpty();
    CisInputs inputs = ManifestInputs.of(Inventory.of(loaded.resources()));
    CisResult result =
        BENCHMARK.evaluate(inputs).stream()
            .filter(r -> r.item().equals(item))
            .findFirst()
            .orElseThrow();
    boolean present =
        inputs.component(((SettingsTest) item.test().orElseThrow()).component()).isPresent();

    if (file.getFileName().toString().startsWith("fail-")) {
      assertThat(result.status())
          .as(result.reason())
          .isEqualTo(item.automated() ? CisStatus.FAIL : CisStatus.WARN);
      assertThat(result.reason()).startsWith("expected ");
    } else if (present) {
      assertThat(result.status()).as(result.reason()).isEqualTo(CisStatus.PASS);
    } else {
      assertThat(result.status()).isEqualTo(CisStatus.WARN);
      assertThat(result.reason()).startsWith("not evaluated: no ");
    }
  }

  private static List<Path> fixtures(String checkId) {
    try (Stream<Path> files = Files.list(CHECKS.resolve(checkId))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
