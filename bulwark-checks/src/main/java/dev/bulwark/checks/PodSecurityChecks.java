package dev.bulwark.checks;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.checks.resources.NoCpuRequest;
import dev.bulwark.checks.resources.NoEphemeralStorageLimit;
import dev.bulwark.checks.resources.NoMemoryLimit;
import dev.bulwark.checks.serviceaccount.DefaultServiceAccount;
import dev.bulwark.checks.serviceaccount.DeprecatedServiceAccountField;
import dev.bulwark.checks.serviceaccount.ServiceAccountTokenAutomounted;
import dev.bulwark.checks.workload.AppArmorUnconfined;
import dev.bulwark.checks.workload.CapabilitiesNotDropped;
import dev.bulwark.checks.workload.DangerousCapabilities;
import dev.bulwark.checks.workload.HostPathVolume;
import dev.bulwark.checks.workload.HostPort;
import dev.bulwark.checks.workload.PrivilegeEscalationAllowed;
import dev.bulwark.checks.workload.RootGroup;
import dev.bulwark.checks.workload.SeLinuxCustomOptions;
import dev.bulwark.checks.workload.SeccompProfileMissing;
import dev.bulwark.checks.workload.SeccompUnconfined;
import dev.bulwark.checks.workload.SensitiveHostPath;
import dev.bulwark.checks.workload.UnmaskedProcMount;
import dev.bulwark.checks.workload.UnsafeSysctls;
import dev.bulwark.checks.workload.WindowsHostProcess;
import dev.bulwark.checks.workload.WritableRootFilesystem;
import java.util.List;

/**
 * Pod security checks: the pod spec and container settings that Pod Security Standards, CIS 5.x and
 * the peers' workload checks cover, beyond the first checks in {@link BuiltinChecks}. Found by the
 * engine via ServiceLoader.
 */
public final class PodSecurityChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(
        new PrivilegeEscalationAllowed(),
        new RootGroup(),
        new WritableRootFilesystem(),
        new CapabilitiesNotDropped(),
        new DangerousCapabilities(),
        new HostPort(),
        new HostPathVolume(),
        new SensitiveHostPath(),
        new UnmaskedProcMount(),
        new UnsafeSysctls(),
        new SeccompUnconfined(),
        new SeccompProfileMissing(),
        new AppArmorUnconfined(),
        new SeLinuxCustomOptions(),
        new WindowsHostProcess(),
        new ServiceAccountTokenAutomounted(),
        new DefaultServiceAccount(),
        new DeprecatedServiceAccountField(),
        new NoMemoryLimit(),
        new NoCpuRequest(),
        new NoEphemeralStorageLimit());
  }
}
