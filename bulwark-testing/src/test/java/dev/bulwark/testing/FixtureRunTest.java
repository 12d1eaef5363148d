package dev.bulwark.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.engine.CheckRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner must catch every way a fixture can disagree with its check. */
class FixtureRunTest {

  @CheckInfo(
      id = "flag-on",
      summary = "Flags spec.flag",
      severity = Severity.LOW,
      category = Category.HYGIENE,
      remediation = "Turn it off",
      parameters = {"word=on: what the message calls the flag"})
  static final class FlagOn implements Check {
    @Override
    public List<Violation> check(Resource r, CheckContext ctx) {
      if (r.object().path("spec").path("flag").asBoolean(false)) {
        return List.of(Violation.at(JsonPointer.of("spec", "flag"), "flag is %s", ctx.parameter("word")));
      }
      if (r.name().equals("undecidable") && !ctx.inventoryComplete()) {
        throw new dev.bulwark.api.NotEvaluatedException("inventory incomplete");
      }
      if (r.name().equals("crash")) {
        throw new IllegalStateException("kaboom");
      }
      return List.of();
    }
  }

  private static final CheckRegistry REGISTRY = CheckRegistry.of(List.of(new FlagOn()));

  @TempDir Path dir;

  private List<String> run(String yaml) throws IOException {
    Path file = dir.resolve("fail-x.yaml");
    Files.writeString(file, yaml);
    FixtureKind kind = yaml.contains("# expect:") ? FixtureKind.FAIL : FixtureKind.PASS;
    return FixtureRun.problems(file, kind, "flag-on", REGISTRY);
  }

  private static String object(String name, String specLines) {
    return "apiVersion: v1\nkind: Thing\nmetadata:\n  name: " + name + "\nspec:\n" + specLines;
  }

  @Test
  void markerOnTheRightLinePasses() throws IOException {
    assertThat(run(object("a", "  # expect: flag-on\n  flag: yes\n"))).isEmpty();
  }

  @Test
  void markerWithTheRightPointerPasses() throws IOException {
    assertThat(run(object("a", "  # expect: flag-on /spec/flag\n  flag: true\n"))).isEmpty();
  }

  @Test
  void wrongPointerIsReported() throws IOException {
    assertThat(run(object("a", "  # expect: flag-on /spec/other\n  flag: true\n")))
        .anyMatch(p -> p.startsWith("missing finding on line 7 at /spec/other"))
        .anyMatch(p -> p.startsWith("unexpected finding on line 7"));
  }

  @Test
  void findingOnAnotherLineIsMissingPlusUnexpected() throws IOException {
    assertThat(run(object("a", "  # expect: flag-on\n  other: 1\n  flag: true\n")))
        .anyMatch(p -> p.startsWith("missing finding on line 7"))
        .anyMatch(p -> p.startsWith("unexpected finding on line 8"));
  }

  @Test
  void findingWithoutMarkerIsUnexpected() throws IOException {
    assertThat(run(object("a", "  flag: true\n"))).singleElement().asString().startsWith("unexpected finding on line 6");
  }

  @Test
  void markerWithoutFindingIsMissing() throws IOException {
    assertThat(run(object("a", "  # expect: flag-on\n  flag: false\n"))).singleElement().asString().startsWith("missing finding on line 7");
  }

  @Test
  void twoStackedMarkersNeedTwoFindings() throws IOException {
    assertThat(run(object("a", "  # expect: flag-on\n  # expect: flag-on\n  flag: true\n")))
        .singleElement().asString().startsWith("missing finding on line 8");
  }

  @Test
  void crashesAndLoadErrorsAreReported() throws IOException {
    assertThat(run(object("crash", "  flag: false\n"))).anyMatch(p -> p.contains("check crashed") && p.contains("kaboom"));
    assertThat(run("kind: Thing\nmetadata:\n  name: x\n")).anyMatch(p -> p.contains("does not load cleanly"));
  }

  @Test
  void markerOfAnotherCheckIsReported() throws IOException {
    assertThat(run(object("a", "  # expect: other-check\n  flag: false\n"))).anyMatch(p -> p.contains("names other-check"));
  }

  @Test
  void markerAtTheEndOfTheFileIsRejected() {
    assertThatThrownBy(() -> ExpectMarker.parse("a: 1\n# expect: flag-on\n")).hasMessageContaining("no line below");
  }

  @Test
  void directivesSetParametersAndCompleteness() throws IOException {
    Path file = dir.resolve("not-evaluated-x.yaml");
    Files.writeString(file, object("undecidable", "  flag: false\n"));
    assertThat(FixtureRun.problems(file, FixtureKind.NOT_EVALUATED, "flag-on", REGISTRY)).isEmpty();
    assertThat(FixtureRun.problems(file, FixtureKind.PASS, "flag-on", REGISTRY))
        .anyMatch(p -> p.contains("not-evaluated-*.yaml"));

    Files.writeString(file, "# inventory: complete\n" + object("undecidable", "  flag: false\n"));
    assertThat(FixtureRun.problems(file, FixtureKind.NOT_EVALUATED, "flag-on", REGISTRY))
        .anyMatch(p -> p.contains("did not"));

    assertThat(FixtureDirectives.parse("# parameter: word=lit\n# inventory: complete\n"))
        .isEqualTo(new FixtureDirectives(java.util.Map.of("word", "lit"), true));
  }

  @Test
  void markerlessFailFixtureIsRejected() throws IOException {
    Path file = dir.resolve("fail-y.yaml");
    Files.writeString(file, object("a", "  flag: false\n"));
    assertThat(FixtureRun.problems(file, FixtureKind.FAIL, "flag-on", REGISTRY))
        .anyMatch(p -> p.contains("needs at least one"));
  }
}
