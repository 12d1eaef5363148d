package dev.bulwark.checks.controlplane.cis;

import java.util.List;

/**
 * The conclusion of one CIS test and what it rests on.
 *
 * @param verdict pass, fail or not evaluated
 * @param reason why, in a few words (empty when the evidence says it all)
 * @param evidence the settings, files or objects looked at
 */
public record Outcome(Verdict verdict, String reason, List<Evidence> evidence) {

  public Outcome {
    evidence = List.copyOf(evidence);
  }

  public static Outcome notEvaluated(String reason) {
    return new Outcome(Verdict.NOT_EVALUATED, reason, List.of());
  }

  public static Outcome of(boolean passed, String reason, List<Evidence> evidence) {
    return new Outcome(passed ? Verdict.PASS : Verdict.FAIL, reason, evidence);
  }
}
