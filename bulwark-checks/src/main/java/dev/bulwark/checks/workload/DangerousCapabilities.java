package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.Capabilities;
import dev.bulwark.checks.support.Capabilities.Capability;
import dev.bulwark.checks.support.Pods;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Flags containers whose {@code capabilities.add} names a dangerous capability, or any capability
 * outside the allowed set (by default Pod Security baseline's: the runtimes' defaults without
 * {@code NET_RAW}). A name in {@code capabilities} is reported even when {@code allowed} lists it.
 * Names are compared as runtimes read them: any case, with or without {@code CAP_}.
 *
 * <p>One check, one severity: {@code SYS_ADMIN} and {@code ALL} are as grave as a privileged
 * container, and their messages say so, but a separate critical check would report the same list
 * entry twice. Windows pods are skipped: they have no Linux capabilities.
 */
@CheckInfo(
    id = "dangerous-capabilities",
    summary = "Container adds a dangerous capability",
    description =
        "Capabilities split root's power into pieces, and some pieces are nearly the whole:"
            + " SYS_ADMIN and ALL allow mounts and namespace tricks that lead out of the container,"
            + " SYS_MODULE loads kernel code, SYS_PTRACE and DAC_READ_SEARCH read other processes"
            + " and host files, NET_ADMIN and NET_RAW rewrite or spoof the pod network. Pod"
            + " Security's baseline profile forbids adding anything beyond the runtime defaults.",
    severity = Severity.HIGH,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove the capability from securityContext.capabilities.add; if the program really needs"
            + " it, run it in a dedicated, isolated node pool and document why.",
    frameworks = {
      "CIS:5.2.8",
      "CIS:5.2.9",
      "PSS:baseline/capabilities",
      "NSA:pod-security",
      "MITRE:T1611"
    },
    parameters = {
      "capabilities=ALL,SYS_ADMIN,SYS_MODULE,SYS_PTRACE,SYS_RAWIO,SYS_BOOT,SYS_TIME,DAC_READ_SEARCH,"
          + "NET_ADMIN,NET_RAW,BPF,PERFMON,MAC_ADMIN,MAC_OVERRIDE,LINUX_IMMUTABLE,SYSLOG,AUDIT_CONTROL:"
          + " capabilities reported whatever allowed says",
      "allowed=AUDIT_WRITE,CHOWN,DAC_OVERRIDE,FOWNER,FSETID,KILL,MKNOD,NET_BIND_SERVICE,SETFCAP,"
          + "SETGID,SETPCAP,SETUID,SYS_CHROOT: capabilities a container may add (Pod Security"
          + " baseline's set)"
    })
public final class DangerousCapabilities implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Set<String> dangerous = Capabilities.normalizeAll(context.parameterList("capabilities"));
    Set<String> allowed = Capabilities.normalizeAll(context.parameterList("allowed"));
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Pods.linuxContainers(resource)) {
      for (Capability added : Capabilities.added(container)) {
        if (dangerous.contains(added.name())) {
          String risk = Capabilities.risk(added.name()).map(r -> ": " + r).orElse("");
          violations.add(
              Violation.at(
                  added.pointer(), "%s adds %s%s", container.describe(), added.name(), risk));
        } else if (!allowed.contains(added.name())) {
          violations.add(
              Violation.at(
                  added.pointer(),
                  "%s adds %s, outside the allowed capabilities",
                  container.describe(),
                  added.name()));
        }
      }
    }
    return violations;
  }
}
