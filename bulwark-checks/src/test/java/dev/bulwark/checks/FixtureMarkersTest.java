package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Check;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.testsupport.FixtureYaml;
import dev.bulwark.checks.testsupport.TestContext;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every check on its {@code checks/<id>/pass-*.yaml} and {@code fail-*.yaml} fixtures: a fail
 * fixture's {@code # expect: <id>} comments must match the findings line for line, a pass fixture
 * must give none. Interim: bulwark-testing's data-driven runner replaces it.
 */
class FixtureMarkersTest {
  private static final Pattern MARKER = Pattern.compile("^\\s*#\\s*expect:\\s*(\\S+)\\s*$");
  private static final List<Check> CHECKS = new BuiltinChecks().checks();

  @TestFactory
  Stream<DynamicTest> fixturesMatchTheirMarkers() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Check check : CHECKS) {
      for (Path file : fixtures(check.metadata().id())) {
        tests.add(
            DynamicTest.dynamicTest(
                check.metadata().id() + "/" + file.getFileName(), () -> verify(check, file)));
      }
    }
    return tests.stream();
  }

  @Test
  void everyCheckHasPassAndFailFixtures() throws IOException {
    for (Check check : CHECKS) {
      List<String> names =
          fixtures(check.metadata().id()).stream().map(p -> p.getFileName().toString()).toList();
      assertThat(names).as(check.metadata().id()).anyMatch(n -> n.startsWith("pass-"));
      assertThat(names).as(check.metadata().id()).anyMatch(n -> n.startsWith("fail-"));
    }
  }

  @Test
  void everyFixtureFolderBelongsToACheck() throws IOException {
    // Folders of other providers' checks are run by CheckFixturesTest through the real loader.
    List<String> ids =
        java.util.ServiceLoader.load(dev.bulwark.api.CheckProvider.class).stream()
            .flatMap(p -> p.get().checks().stream())
            .map(c -> c.metadata().id())
            .toList();
    try (Stream<Path> folders = Files.list(root())) {
      assertThat(folders.map(p -> p.getFileName().toString())).allMatch(ids::contains);
    }
  }

  private static void verify(Check check, Path file) throws IOException {
    String id = check.metadata().id();
    List<String> lines = Files.readAllLines(file);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (m.matches()) {
        assertThat(m.group(1)).as("marker at line %d names another check", i + 1).isEqualTo(id);
        expected.add(i + 2);
      }
    }
    boolean failFixture = file.getFileName().toString().startsWith("fail-");
    assertThat(expected)
        .as("markers in %s", file.getFileName())
        .matches(e -> failFixture != e.isEmpty(), failFixture ? "some" : "none");

    List<Integer> actual = new ArrayList<>();
    List<String> described = new ArrayList<>();
    List<Resource> resources = FixtureYaml.read(file);
    assertThat(resources).as("objects in %s", file.getFileName()).isNotEmpty();
    for (Resource resource : resources) {
      if (!check.metadata().appliesTo(resource.kind())) {
        continue;
      }
      for (Violation v : check.check(resource, TestContext.defaultsOf(check))) {
        assertThat(resource.sourceMap().has(v.pointer()))
            .as("pointer %s of %s exists in the manifest", v.pointer(), resource.ref())
            .isTrue();
        int line = resource.locate(v.pointer()).line();
        actual.add(line);
        described.add(line + ": " + v.pointer() + " " + v.message());
      }
    }
    assertThat(counts(actual))
        .as("finding lines in %s; findings:%n%s", file.getFileName(), String.join("\n", described))
        .isEqualTo(counts(expected));
  }

  private static Map<Integer, Long> counts(List<Integer> lines) {
    return lines.stream()
        .collect(Collectors.groupingBy(l -> l, java.util.TreeMap::new, Collectors.counting()));
  }

  private static List<Path> fixtures(String id) throws IOException {
    Path folder = root().resolve(id);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static Path root() {
    try {
      return Path.of(FixtureMarkersTest.class.getResource("/checks").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
