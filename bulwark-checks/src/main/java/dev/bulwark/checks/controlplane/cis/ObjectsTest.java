package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.controlplane.Origin;
import java.util.List;
import java.util.function.Function;

/**
 * A section-5 item judged on the objects among the inputs, as kube-bench judges the objects {@code
 * kubectl} lists: each relevant object is compliant or not ({@code use_multiple_values}), and one
 * non-compliant object fails the item. Without any relevant object it is not evaluated.
 *
 * @param relevant how reports name the objects looked at, e.g. {@code ClusterRoleBindings}
 * @param judge the verdict on each relevant object
 */
record ObjectsTest(String relevant, Function<Inventory, List<Judgement>> judge) implements CisTest {

  /**
   * One object's verdict.
   *
   * @param resource the object
   * @param pointer the field the verdict is about
   * @param subject how reports name it, e.g. {@code Pod default/web container "app"}
   * @param compliant the verdict
   * @param finding what was found, e.g. {@code privileged: true}
   */
  record Judgement(
      Resource resource, JsonPointer pointer, String subject, boolean compliant, String finding) {

    Evidence evidence() {
      return Evidence.object(subject, finding, Origin.of(resource, pointer));
    }
  }

  @Override
  public Outcome evaluate(CisInputs inputs) {
    List<Judgement> judgements = judge.apply(inputs.objects());
    if (judgements.isEmpty()) {
      return Outcome.notEvaluated("no " + relevant + " among the inputs");
    }
    List<Evidence> failing =
        judgements.stream().filter(j -> !j.compliant()).map(Judgement::evidence).toList();
    if (failing.isEmpty()) {
      return Outcome.of(
          true,
          "",
          List.of(Evidence.object(judgements.size() + " " + relevant, "all compliant", null)));
    }
    return Outcome.of(
        false,
        failing.size() + " of " + judgements.size() + " " + relevant + " not compliant",
        failing);
  }
}
