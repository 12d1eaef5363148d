package dev.bulwark.checks.pss;

import dev.bulwark.api.CheckContext;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** What the two {@code pss-*} scan checks share: reading the version and turning results into violations. */
final class PssFindings {
  static final String VERSION_PARAMETER = "version";

  private PssFindings() {}

  /** The pod of a workload, decoded, or empty for objects without a pod spec. */
  static Optional<PssPod> pod(Resource resource) {
    return Workloads.podSpec(resource).map(PssPod::of);
  }

  /** The version parameter; an invalid one fails the check with a message naming it. */
  static PssVersion version(CheckContext context) {
    return PssVersion.parse(context.parameter(VERSION_PARAMETER));
  }

  /**
   * One violation per failed control, at the control's first offending field; a field the
   * manifest lacks (an unset allowPrivilegeEscalation, say) is reported at its nearest present
   * parent, as the other checks do, so the finding names a line that exists.
   */
  static Violation violation(Resource resource, PssViolation v, PssPolicy policy) {
    JsonPointer where = v.pointers().isEmpty() ? JsonPointer.ROOT : v.pointers().get(0);
    while (!where.isRoot() && resource.at(where).isMissingNode()) {
      where = where.parent();
    }
    return new Violation(
        where, v.describe() + " [Pod Security " + policy + ", check " + v.check().id() + "]");
  }

  /** The violations of the given result whose controls pass the filter. */
  static List<Violation> violations(
      Resource resource, PssResult result, Predicate<PssViolation> keep) {
    List<Violation> out = new ArrayList<>();
    for (PssViolation v : result.violations()) {
      if (keep.test(v)) {
        out.add(violation(resource, v, result.policy()));
      }
    }
    return out;
  }
}
