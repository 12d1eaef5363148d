package dev.bulwark.engine;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Small checks with known behaviour for the engine's tests. */
final class SampleChecks {
  private SampleChecks() {}

  @CheckInfo(
      id = "bad-flag",
      summary = "Flags spec.bad",
      severity = Severity.HIGH,
      category = Category.HYGIENE,
      kinds = {"Pod"},
      remediation = "Set spec.bad to false",
      frameworks = {"CIS:5.2.2"},
      parameters = {"word=bad: the word used in the message"})
  static final class BadFlag implements Check {
    @Override
    public List<Violation> check(Resource r, CheckContext ctx) {
      if (r.object().path("spec").path("bad").asBoolean(false)) {
        return List.of(Violation.at(JsonPointer.of("spec", "bad"), "spec is %s", ctx.parameter("word")));
      }
      return List.of();
    }
  }

  @CheckInfo(
      id = "always-throws",
      summary = "Crashes on every object",
      severity = Severity.LOW,
      category = Category.HYGIENE,
      remediation = "None")
  static final class AlwaysThrows implements Check {
    @Override
    public List<Violation> check(Resource r, CheckContext ctx) {
      throw new IllegalStateException("boom on " + r.name());
    }
  }

  @CheckInfo(
      id = "needs-cluster",
      summary = "Cannot decide without cluster state",
      severity = Severity.MEDIUM,
      category = Category.HYGIENE,
      kinds = {"Pod"},
      remediation = "None")
  static final class NeedsCluster implements Check {
    @Override
    public List<Violation> check(Resource r, CheckContext ctx) {
      throw new NotEvaluatedException("no cluster state");
    }
  }

  @CheckInfo(
      id = "counts-pods",
      summary = "Flags a pod when another pod shares its name",
      severity = Severity.INFO,
      category = Category.HYGIENE,
      kinds = {"Pod"},
      scope = Scope.INVENTORY,
      remediation = "Rename one")
  static final class CountsPods implements Check {
    @Override
    public List<Violation> check(Resource r, CheckContext ctx) {
      long same = ctx.inventory().ofKind("Pod").stream().filter(p -> p.name().equals(r.name())).count();
      return same > 1 ? List.of(Violation.at(JsonPointer.ROOT, "duplicate name")) : List.of();
    }
  }

  @CheckInfo(
      id = "reads-secrets",
      summary = "Flags every pod, judging from the Secrets around it",
      severity = Severity.LOW,
      category = Category.HYGIENE,
      kinds = {"Pod"},
      scope = Scope.INVENTORY,
      reads = {"Secret", CheckInfo.RBAC},
      remediation = "None")
  static final class ReadsSecrets implements Check {
    @Override
    public List<Violation> check(Resource r, CheckContext ctx) {
      return List.of(
          Violation.at(JsonPointer.ROOT, "%d secrets around", ctx.inventory().ofKind("Secret").size()));
    }
  }
}
