package dev.bulwark.checks;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.checks.exposure.DashboardExposed;
import dev.bulwark.checks.exposure.IngressWithoutTls;
import dev.bulwark.checks.exposure.IstioMtlsNotStrict;
import dev.bulwark.checks.exposure.ServiceExternalIps;
import dev.bulwark.checks.exposure.ServiceLoadBalancer;
import dev.bulwark.checks.exposure.ServiceNodePort;
import dev.bulwark.checks.hygiene.DeprecatedApiVersion;
import dev.bulwark.checks.hygiene.MissingReference;
import dev.bulwark.checks.hygiene.NetworkPolicySelectsNothing;
import dev.bulwark.checks.hygiene.SelectorMismatch;
import dev.bulwark.checks.hygiene.ServiceSelectsNothing;
import dev.bulwark.checks.image.ImageNotPinned;
import dev.bulwark.checks.image.ImagePullPolicyNotAlways;
import dev.bulwark.checks.image.UntrustedRegistry;
import dev.bulwark.checks.secrets.CredentialInAnnotation;
import dev.bulwark.checks.secrets.CredentialInArgs;
import dev.bulwark.checks.secrets.CredentialInConfigMap;
import dev.bulwark.checks.secrets.ManualServiceAccountTokenSecret;
import dev.bulwark.checks.secrets.SecretAsEnvVar;
import dev.bulwark.checks.secrets.SecretInManifest;
import java.util.List;

/**
 * Checks about images, credentials, exposure and manifest hygiene, found by the engine via
 * ServiceLoader next to {@link BuiltinChecks}.
 */
public final class ExposureChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(
        new ImageNotPinned(),
        new UntrustedRegistry(),
        new ImagePullPolicyNotAlways(),
        new CredentialInArgs(),
        new CredentialInConfigMap(),
        new CredentialInAnnotation(),
        new SecretInManifest(),
        new SecretAsEnvVar(),
        new ManualServiceAccountTokenSecret(),
        new ServiceLoadBalancer(),
        new ServiceNodePort(),
        new ServiceExternalIps(),
        new IngressWithoutTls(),
        new DashboardExposed(),
        new IstioMtlsNotStrict(),
        new SelectorMismatch(),
        new ServiceSelectsNothing(),
        new NetworkPolicySelectsNothing(),
        new MissingReference(),
        new DeprecatedApiVersion());
  }
}
