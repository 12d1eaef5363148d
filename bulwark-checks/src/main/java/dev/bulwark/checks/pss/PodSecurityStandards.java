package dev.bulwark.checks.pss;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code bulwark scan}'s view of the Pod Security Standards: one finding per failed upstream
 * control at the configured level and version. By default it reports only the controls (or, for
 * restricted volumes, the volumes) that no catalog check reports, so each problem is counted once;
 * {@code controls=all} reports every failed control, which is Pod Security Admission's exact
 * verdict and overlaps the catalog on purpose.
 */
@CheckInfo(
    id = "pod-security-standards",
    summary = "Pod fails a Pod Security Standards control",
    description =
        "The Pod Security Standards are the profiles the Kubernetes Pod Security Admission"
            + " controller enforces per namespace (pod-security.kubernetes.io/enforce). Most of"
            + " their controls have a finer-grained check in this catalog (privileged-container,"
            + " host-path-volume, allow-privilege-escalation, ...); this check reports the rest,"
            + " with upstream's own wording: probes and lifecycle handlers that name a host"
            + " (baseline from v1.34), and volume types restricted forbids besides hostPath (nfs,"
            + " iscsi, gitRepo, ...). A namespace at that level rejects such pods. Verdicts are"
            + " exactly upstream's for every version; `bulwark pss` lists every control.",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Change the field the finding points at as the message says: drop the host from the"
            + " probe or handler (the kubelet then probes the pod's own IP), or move the data to a"
            + " PersistentVolumeClaim, CSI or projected volume.",
    frameworks = {"PSS:baseline", "PSS:restricted", "NSA:pod-security"},
    parameters = {
      "level=restricted: Pod Security level to check, baseline or restricted",
      "version=latest: Pod Security policy version, v1.N or latest",
      "controls=uncovered: uncovered reports controls no other check reports; all reports every"
          + " failed control, as Pod Security Admission would"
    })
public final class PodSecurityStandards implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    PssPolicy policy = PssPolicy.parse(context.parameter("level"), context.parameter("version"));
    boolean all = reportsAll(context.parameter("controls"));
    PssResult result =
        Workloads.podSpec(resource).map(PssPod::of).map(pod -> pod.evaluate(policy)).orElse(null);
    List<Violation> out = new ArrayList<>();
    for (PssViolation v : result == null ? List.<PssViolation>of() : result.violations()) {
      List<JsonPointer> fields = all ? v.pointers() : CatalogCoverage.uncovered(v);
      if (!fields.isEmpty() || (all && v.pointers().isEmpty())) {
        out.add(violation(resource, v, policy, fields, all));
      }
    }
    return out;
  }

  private static boolean reportsAll(String controls) {
    return switch (controls) {
      case "all" -> true;
      case "uncovered" -> false;
      default ->
          throw new IllegalArgumentException(
              "parameter controls must be uncovered or all, not \"" + controls + "\"");
    };
  }

  /**
   * The control's finding, at its first offending field; a field the manifest lacks (an unset
   * allowPrivilegeEscalation, say) is reported at its nearest present parent, so the finding names
   * a line that exists.
   */
  private static Violation violation(
      Resource resource, PssViolation v, PssPolicy policy, List<JsonPointer> fields, boolean all) {
    JsonPointer where = fields.isEmpty() ? JsonPointer.ROOT : fields.get(0);
    while (!where.isRoot() && resource.at(where).isMissingNode()) {
      where = where.parent();
    }
    Set<String> alsoReportedBy = all ? CatalogCoverage.coveringChecks(v.check()) : Set.of();
    String also =
        alsoReportedBy.isEmpty()
            ? ""
            : "; also reported by " + String.join(", ", new TreeSet<>(alsoReportedBy));
    return new Violation(
        where,
        v.describe() + " [Pod Security " + policy + ", control " + v.check().id() + also + "]");
  }
}
