package dev.bulwark.checks.testsupport;

import dev.bulwark.api.Check;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Violation;
import java.util.List;

/** Runs a check on one resource with its default parameters. */
public final class Findings {
  private Findings() {}

  public static List<Violation> of(Check check, Resource resource) {
    return of(check, resource, TestContext.defaultsOf(check));
  }

  public static List<Violation> of(Check check, Resource resource, TestContext context) {
    return check.check(resource, context);
  }

  /** {@code pointer: message} per violation, for readable assertions. */
  public static List<String> describe(List<Violation> violations) {
    return violations.stream().map(v -> v.pointer() + ": " + v.message()).toList();
  }
}
