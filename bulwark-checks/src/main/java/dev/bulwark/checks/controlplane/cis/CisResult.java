package dev.bulwark.checks.controlplane.cis;

import java.util.List;

/**
 * The assessment of one item.
 *
 * @param group the item's group
 * @param item the item
 * @param status PASS, FAIL or WARN
 * @param reason why, in a few words: the expectation, "manual check", "not evaluated: …"
 * @param evidence what the status rests on
 */
public record CisResult(
    CisGroup group, CisItem item, CisStatus status, String reason, List<Evidence> evidence) {

  public CisResult {
    evidence = List.copyOf(evidence);
  }
}
