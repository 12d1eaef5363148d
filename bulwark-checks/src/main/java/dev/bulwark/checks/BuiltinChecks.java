package dev.bulwark.checks;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.checks.image.LatestTag;
import dev.bulwark.checks.pss.PodSecurityStandards;
import dev.bulwark.checks.secrets.EnvPlaintextSecret;
import dev.bulwark.checks.workload.HostNamespaces;
import dev.bulwark.checks.workload.PrivilegedContainer;
import dev.bulwark.checks.workload.RunAsRoot;
import java.util.List;

/** The single-object checks that ship with Bulwark, found by the engine via ServiceLoader. */
public final class BuiltinChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(
        new PrivilegedContainer(),
        new RunAsRoot(),
        new HostNamespaces(),
        new LatestTag(),
        new EnvPlaintextSecret(),
        new PodSecurityStandards());
  }
}
