package dev.bulwark.checks.controlplane.cis;

import static dev.bulwark.checks.controlplane.cis.CisItem.define;
import static dev.bulwark.checks.controlplane.cis.Probes.allOf;
import static dev.bulwark.checks.controlplane.cis.Probes.flag;

import dev.bulwark.checks.controlplane.Component;
import java.util.List;

/** CIS 3: authentication and logging of the control plane; all manual. */
final class ControlPlaneConfigItems {
  private ControlPlaneConfigItems() {}

  static CisGroup authentication() {
    return new CisGroup(
        "3.1",
        "Authentication and Authorization",
        List.of(
            define("3.1.1", "Client certificate authentication should not be used for users")
                .manual()
                .remediation(
                    "Authenticate people with OIDC or another identity provider; client"
                        + " certificates cannot be revoked.")
                .build(),
            define("3.1.2", "Service account token authentication should not be used for users")
                .manual()
                .remediation("Give people their own identities instead of service account tokens.")
                .build(),
            define("3.1.3", "Bootstrap token authentication should not be used for users")
                .manual()
                .remediation("Use bootstrap tokens only to join nodes, and delete them afterwards.")
                .build()));
  }

  static CisGroup logging() {
    return new CisGroup(
        "3.2",
        "Logging",
        List.of(
            define("3.2.1", "Ensure that a minimal audit policy is created")
                .manual()
                .test(allOf(Component.API_SERVER, flag("--audit-policy-file").present()))
                .remediation(
                    "Write an audit Policy and pass it with --audit-policy-file (see"
                        + " apiserver-audit-not-configured).")
                .build(),
            define("3.2.2", "Ensure that the audit policy covers key security concerns")
                .manual()
                .remediation(
                    "Log Secrets, ConfigMaps and TokenReviews at Metadata only,"
                        + " exec/attach/port-forward at Request or above, and end with a catch-all"
                        + " rule; bulwark scan lints the policy.")
                .build()));
  }
}
