package dev.bulwark.checks;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.checks.exposure.NginxIngressSnippet;
import dev.bulwark.checks.exposure.SshPort;
import dev.bulwark.checks.exposure.TillerDeployed;
import dev.bulwark.checks.hygiene.DefaultNamespace;
import dev.bulwark.checks.hygiene.DuplicateEnvVar;
import dev.bulwark.checks.image.AllowedReposOpenPrefix;
import dev.bulwark.checks.serviceaccount.DefaultServiceAccountAutomount;
import dev.bulwark.checks.workload.HostAliases;
import dev.bulwark.checks.workload.RunAsLowId;
import dev.bulwark.checks.workload.SharedProcessNamespace;
import java.util.List;

/**
 * The checks that close the gaps docs/coverage.md found between the peers' security checks and
 * the rest of the catalog. Found by the engine via ServiceLoader.
 */
public final class CoverageChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(
        new DuplicateEnvVar(),
        new DefaultNamespace(),
        new HostAliases(),
        new SharedProcessNamespace(),
        new RunAsLowId(),
        new DefaultServiceAccountAutomount(),
        new SshPort(),
        new TillerDeployed(),
        new NginxIngressSnippet(),
        new AllowedReposOpenPrefix());
  }
}
