package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import java.util.ArrayList;
import java.util.List;

/** Flags containers that run with {@code securityContext.privileged: true}. */
@CheckInfo(
    id = "privileged-container",
    summary = "Container runs privileged",
    description =
        "A privileged container gets every Linux capability and all host devices, and seccomp,"
            + " AppArmor and SELinux stop confining it. Root inside it is root on the node: one"
            + " compromised process can take over the node and every pod scheduled there.",
    severity = Severity.CRITICAL,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove securityContext.privileged or set it to false; if the container needs a kernel"
            + " feature, add only that capability.",
    frameworks = {
      "CIS:5.2.2",
      "PSS:baseline/privileged-containers",
      "NSA:pod-security",
      "MITRE:T1611"
    })
public final class PrivilegedContainer implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Workloads.containers(resource)) {
      JsonPointer privileged = container.field("securityContext", "privileged");
      if (JsonValues.isTrue(resource.at(privileged))) {
        violations.add(Violation.at(privileged, "%s runs privileged", container.describe()));
      }
    }
    return violations;
  }
}
