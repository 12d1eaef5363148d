package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
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
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every check of this module (every {@link CheckProvider} it registers) on its {@code
 * checks/<id>/} fixtures. Interim: bulwark-testing's data-driven runner replaces it.
 *
 * <ul>
 *   <li>{@code fail-*.yaml}: each {@code # expect: <id>} comment marks the line below it as where a
 *       finding's pointer resolves; {@code # expect: <id> /json/pointer} also fixes the pointer.
 *       Findings must match the markers line for line.
 *   <li>{@code pass-*.yaml}: no markers and no findings.
 *   <li>{@code not-evaluated-*.yaml}: no findings, and at least one object the check reports as not
 *       evaluated.
 * </ul>
 *
 * <p>In pass and fail fixtures a check that reports an object as not evaluated fails the test.
 * Scope {@code INVENTORY} checks see every object of the file as the inventory, not complete unless
 * the file says {@code # inventory: complete}; scope {@code RESOURCE} checks see an empty one.
 * {@code # parameter: name=value} lines set check parameters.
 */
class FixtureMarkersTest {
  private static final Pattern MARKER =
      Pattern.compile("^\\s*#\\s*expect:\\s*(\\S+)(?:\\s+(/\\S*))?\\s*$");
  private static final Pattern PARAMETER =
      Pattern.compile("^\\s*#\\s*parameter:\\s*([A-Za-z0-9_.-]+)=(.*?)\\s*$");
  private static final Pattern COMPLETE = Pattern.compile("^\\s*#\\s*inventory:\\s*complete\\s*$");
  private static final List<Check> CHECKS =
      ServiceLoader.load(CheckProvider.class).stream()
          .flatMap(p -> p.get().checks().stream())
          .toList();

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
    List<String> ids = CHECKS.stream().map(c -> c.metadata().id()).toList();
    try (Stream<Path> folders = Files.list(root())) {
      assertThat(folders.map(p -> p.getFileName().toString())).allMatch(ids::contains);
    }
  }

  @Test
  void everyFixtureHasAKnownPrefix() throws IOException {
    for (Check check : CHECKS) {
      assertThat(fixtures(check.metadata().id()))
          .allMatch(p -> p.getFileName().toString().matches("(pass|fail|not-evaluated)-.*\\.yaml"));
    }
  }

  @Test
  void everyFixtureObjectIsIdentified() throws IOException {
    for (Check check : CHECKS) {
      for (Path file : fixtures(check.metadata().id())) {
        for (Resource resource : FixtureYaml.read(file)) {
          assertThat(List.of(resource.ref().apiVersion(), resource.kind(), resource.name()))
              .as("apiVersion, kind and metadata.name of an object in %s", file)
              .allMatch(s -> !s.isBlank());
        }
      }
    }
  }

  private record Expectation(int line, String pointer) {}

  private static void verify(Check check, Path file) throws IOException {
    String id = check.metadata().id();
    String name = file.getFileName().toString();
    List<String> lines = Files.readAllLines(file);
    List<Expectation> expected = new ArrayList<>();
    TestContext context = TestContext.defaultsOf(check);
    boolean complete = false;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (m.matches()) {
        assertThat(m.group(1)).as("marker at line %d names another check", i + 1).isEqualTo(id);
        expected.add(new Expectation(i + 2, m.group(2)));
      }
      Matcher p = PARAMETER.matcher(lines.get(i));
      if (p.matches()) {
        context = context.with(p.group(1), p.group(2));
      }
      complete |= COMPLETE.matcher(lines.get(i)).matches();
    }
    boolean failFixture = name.startsWith("fail-");
    assertThat(expected)
        .as("markers in %s", name)
        .matches(e -> failFixture != e.isEmpty(), failFixture ? "some" : "none");

    List<Resource> resources = FixtureYaml.read(file);
    assertThat(resources).as("objects in %s", name).isNotEmpty();
    if (check.metadata().scope() == Scope.INVENTORY) {
      context = context.withInventory(Inventory.of(resources), complete);
    }
    List<Expectation> actual = new ArrayList<>();
    List<String> described = new ArrayList<>();
    List<String> notEvaluated = new ArrayList<>();
    for (Resource resource : resources) {
      if (!check.metadata().appliesTo(resource.kind())) {
        continue;
      }
      List<Violation> violations;
      try {
        violations = check.check(resource, context);
      } catch (NotEvaluatedException e) {
        notEvaluated.add(resource.ref() + ": " + e.getMessage());
        continue;
      }
      for (Violation v : violations) {
        assertThat(resource.sourceMap().has(v.pointer()))
            .as("pointer %s of %s exists in the manifest", v.pointer(), resource.ref())
            .isTrue();
        int line = resource.locate(v.pointer()).line();
        actual.add(new Expectation(line, v.pointer().toString()));
        described.add(line + ": " + v.pointer() + " " + v.message());
      }
    }
    if (name.startsWith("not-evaluated-")) {
      assertThat(notEvaluated).as("objects not evaluated in %s", name).isNotEmpty();
    } else {
      assertThat(notEvaluated).as("objects not evaluated in %s", name).isEmpty();
    }
    assertThat(counts(actual))
        .as("finding lines in %s; findings:%n%s", name, String.join("\n", described))
        .isEqualTo(counts(expected));
    for (Expectation e : expected) {
      if (e.pointer() != null) {
        assertThat(actual).as("findings:%n%s", String.join("\n", described)).contains(e);
      }
    }
  }

  private static Map<Integer, Long> counts(List<Expectation> expectations) {
    return expectations.stream()
        .collect(
            Collectors.groupingBy(
                Expectation::line, java.util.TreeMap::new, Collectors.counting()));
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
