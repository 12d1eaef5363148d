package dev.bulwark.checks;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.checks.audit.ApiServerAuditNotConfigured;
import dev.bulwark.checks.audit.AuditPolicyDeadRule;
import dev.bulwark.checks.audit.AuditPolicyExecNotLogged;
import dev.bulwark.checks.audit.AuditPolicyLogsSecrets;
import dev.bulwark.checks.audit.AuditPolicyNoCatchAll;
import dev.bulwark.checks.audit.AuditPolicyRequestReceived;
import dev.bulwark.checks.controlplane.ApiServerBasicAuthFile;
import dev.bulwark.checks.controlplane.ApiServerEncryptionNotConfigured;
import dev.bulwark.checks.controlplane.ApiServerInsecurePort;
import dev.bulwark.checks.controlplane.EncryptionIdentityFirst;
import dev.bulwark.checks.controlplane.EncryptionKeyInFile;
import dev.bulwark.checks.controlplane.EncryptionSecretsNotCovered;
import dev.bulwark.checks.controlplane.EncryptionWeakProvider;
import dev.bulwark.checks.controlplane.PodSecurityBroadExemptions;
import dev.bulwark.checks.controlplane.PodSecurityNotEnforcedByDefault;
import dev.bulwark.checks.controlplane.cis.CisBenchmark;
import dev.bulwark.checks.controlplane.cis.CisItemCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * The control-plane checks: the CIS items that one object can settle, encryption at rest, the audit
 * policy and Pod Security admission configuration.
 */
public final class ControlPlaneChecks implements CheckProvider {
  /** The benchmark whose items {@code bulwark scan} runs. */
  public static final String BENCHMARK = "cis-1.12";

  @Override
  public List<Check> checks() {
    List<Check> checks = new ArrayList<>(CisItemCheck.of(CisBenchmark.named(BENCHMARK)));
    checks.addAll(
        List.of(
            new ApiServerEncryptionNotConfigured(),
            new ApiServerInsecurePort(),
            new ApiServerBasicAuthFile(),
            new EncryptionIdentityFirst(),
            new EncryptionWeakProvider(),
            new EncryptionSecretsNotCovered(),
            new EncryptionKeyInFile(),
            new ApiServerAuditNotConfigured(),
            new AuditPolicyLogsSecrets(),
            new AuditPolicyExecNotLogged(),
            new AuditPolicyNoCatchAll(),
            new AuditPolicyDeadRule(),
            new AuditPolicyRequestReceived(),
            new PodSecurityNotEnforcedByDefault(),
            new PodSecurityBroadExemptions()));
    return checks;
  }
}
