package dev.bulwark.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.RegisteredCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The data-driven runner for check fixtures in {@code <root>/<check-id>/}: {@code pass-*.yaml}
 * must give no finding of that check, {@code fail-*.yaml} exactly the findings its markers
 * announce, {@code not-evaluated-*.yaml} no finding but a not-evaluated report (see {@link
 * FixtureKind} and {@link FixtureDirectives}). Use from a {@code @TestFactory}.
 */
public final class FixtureSuite {
  private FixtureSuite() {}

  /** One container per check folder, one test per fixture, plus the registry completeness test. */
  public static Stream<DynamicNode> tests(Path root, CheckRegistry registry) {
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(DynamicTest.dynamicTest("every check has pass and fail fixtures", () -> requireFixtures(root, registry)));
    for (RegisteredCheck check : registry.all()) {
      Path folder = root.resolve(check.id());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<DynamicTest> cases =
          fixtures(folder).stream()
              .map(
                  f ->
                      DynamicTest.dynamicTest(
                          f.getFileName().toString(), f.toUri(), () -> runOne(f, check.id(), registry)))
              .toList();
      nodes.add(DynamicContainer.dynamicContainer(check.id(), cases));
    }
    return nodes.stream();
  }

  private static void runOne(Path fixture, String checkId, CheckRegistry registry) {
    FixtureKind kind = FixtureKind.of(fixture.getFileName().toString()).orElseThrow();
    List<String> problems = FixtureRun.problems(fixture, kind, checkId, registry);
    if (!problems.isEmpty()) {
      fail(fixture + ":\n  " + String.join("\n  ", problems));
    }
  }

  private static void requireFixtures(Path root, CheckRegistry registry) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = registry.all().stream().map(RegisteredCheck::id).collect(Collectors.toSet());
    for (String id : new TreeSet<>(ids)) {
      List<Path> files = Files.isDirectory(root.resolve(id)) ? fixtures(root.resolve(id)) : List.of();
      if (files.stream().noneMatch(p -> p.getFileName().toString().startsWith("pass-"))) {
        problems.add(id + ": no pass-*.yaml fixture");
      }
      if (files.stream().noneMatch(p -> p.getFileName().toString().startsWith("fail-"))) {
        problems.add(id + ": no fail-*.yaml fixture");
      }
    }
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(d -> !ids.contains(d))
          .forEach(d -> problems.add(d + ": fixture folder for a check that does not exist"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  private static List<Path> fixtures(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> FixtureKind.of(p.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
