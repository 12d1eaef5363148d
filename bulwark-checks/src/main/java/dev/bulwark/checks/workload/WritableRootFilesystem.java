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
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Pods;
import dev.bulwark.checks.support.Pointers;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags containers whose root filesystem is writable: {@code readOnlyRootFilesystem} is not {@code
 * true}. Windows pods are skipped: Windows does not support read-only root filesystems and the API
 * server rejects the field there.
 */
@CheckInfo(
    id = "writable-root-filesystem",
    summary = "Container root filesystem is writable",
    description =
        "A writable root filesystem lets an intruder replace the application's binaries and"
            + " libraries, drop tools and persist changes for the life of the container, and it"
            + " hides what the program writes from review. A read-only root with emptyDir volumes"
            + " for the few paths that need writes keeps the image the only source of code.",
    severity = Severity.MEDIUM,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Set securityContext.readOnlyRootFilesystem: true and mount emptyDir volumes at the"
            + " paths the program writes to (/tmp, caches, pid files).",
    frameworks = {"NSA:pod-security"})
public final class WritableRootFilesystem implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Pods.linuxContainers(resource)) {
      JsonPointer readOnly = container.field("securityContext", "readOnlyRootFilesystem");
      if (!JsonValues.isTrue(resource.at(readOnly))) {
        violations.add(
            Violation.at(
                Pointers.nearestPresent(resource, readOnly, container.pointer()),
                "%s has a writable root filesystem (readOnlyRootFilesystem is not true)",
                container.describe()));
      }
    }
    return violations;
  }
}
