package dev.bulwark.checks.controlplane;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Flags Pod Security exemptions beyond {@code kube-system}: exempt users and runtime classes skip
 * every check in every namespace.
 */
@CheckInfo(
    id = "pod-security-broad-exemptions",
    summary = "Pod Security admission exempts users, runtime classes or application namespaces",
    description =
        "Exempt requests are not checked at all. An exempt user (often a controller's service"
            + " account) can create privileged pods anywhere, and so can whoever gets its"
            + " credentials; an exempt runtime class exempts every pod that names it. Exempting"
            + " namespaces other than kube-system lets workloads there run without limits.",
    severity = Severity.LOW,
    category = Category.POD_SECURITY,
    kinds = {"AdmissionConfiguration", "PodSecurityConfiguration"},
    remediation =
        "Remove exemptions; label the few namespaces that need privileges with"
            + " pod-security.kubernetes.io/enforce: privileged instead.",
    frameworks = {"CIS:5.2.1", "PSS:baseline"})
public final class PodSecurityBroadExemptions implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return PodSecurityAdmissionConfig.in(resource)
        .map(PodSecurityBroadExemptions::exemptions)
        .orElse(List.of());
  }

  private static List<Violation> exemptions(PodSecurityAdmissionConfig config) {
    List<Violation> violations = new ArrayList<>();
    for (String list : List.of("usernames", "runtimeClasses", "namespaces")) {
      List<String> broad = new ArrayList<>();
      for (JsonNode entry : config.at("exemptions", list)) {
        String name = entry.asString("");
        if (!(list.equals("namespaces") && name.equals("kube-system"))) {
          broad.add(name);
        }
      }
      if (!broad.isEmpty()) {
        violations.add(
            Violation.at(
                config.field("exemptions", list),
                "exempt %s skip every Pod Security check: %s",
                list,
                String.join(", ", broad)));
      }
    }
    return violations;
  }
}
