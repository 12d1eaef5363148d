package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.checks.controlplane.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * A CIS item about files on the node: every file found must have at most a mode ({@code stat -c %a}
 * tested with kube-bench's {@code bitmask}) or exactly an owner ({@code stat -c %U:%G}). Like
 * kube-bench, a file that does not exist fails the item, except where the item says otherwise.
 *
 * @param component the component whose node this is; without it the item is not evaluated, as
 *     kube-bench skips the checks of components that do not run on the node
 * @param paths which files
 * @param aspect {@code permissions} or {@code ownership}
 * @param expectation what each file must satisfy
 * @param missingPasses true where kube-bench accepts "File not found" (4.1.2)
 */
record FileTest(
    Component component,
    NodePaths paths,
    String aspect,
    Expectation expectation,
    boolean missingPasses)
    implements CisTest {

  static FileTest mode(Component component, NodePaths paths, String maxMode) {
    return new FileTest(
        component, paths, "permissions", Expectation.of(Expectation.Op.BITMASK, maxMode), false);
  }

  static FileTest owner(Component component, NodePaths paths, String owner) {
    return new FileTest(
        component, paths, "ownership", Expectation.of(Expectation.Op.EQ, owner), false);
  }

  /** This test, passing when no file is found. */
  FileTest orMissing() {
    return new FileTest(component, paths, aspect, expectation, true);
  }

  @Override
  public Outcome evaluate(CisInputs inputs) {
    if (inputs.node().isEmpty()) {
      return Outcome.notEvaluated("needs the node's files (--node-root)");
    }
    if (inputs.component(component).isEmpty()) {
      return Outcome.notEvaluated("no " + component.binary() + " on this node");
    }
    NodePaths.Found found = paths.find(inputs, inputs.node().get());
    if (found.files().isEmpty()) {
      return Outcome.of(
          missingPasses,
          found.sought() + " not found",
          List.of(Evidence.file(found.sought(), "not found")));
    }
    List<Evidence> failing = new ArrayList<>();
    for (FileFacts file : found.files()) {
      String actual = actual(file);
      if (!expectation.test(actual)) {
        failing.add(Evidence.file(file.path(), describe(actual)));
      }
    }
    String expected =
        "expected " + describe(expectation.value()) + (isMode() ? " or stricter" : "");
    if (failing.isEmpty()) {
      FileFacts first = found.files().get(0);
      Evidence summary =
          found.files().size() == 1
              ? Evidence.file(first.path(), describe(actual(first)))
              : Evidence.file(found.sought(), found.files().size() + " files, all compliant");
      return Outcome.of(true, expected, List.of(summary));
    }
    return Outcome.of(false, expected, failing);
  }

  private boolean isMode() {
    return aspect.equals("permissions");
  }

  private String actual(FileFacts file) {
    return isMode() ? file.octalMode() : file.ownership();
  }

  private String describe(String value) {
    return (isMode() ? "mode " : "owner ") + value;
  }
}
