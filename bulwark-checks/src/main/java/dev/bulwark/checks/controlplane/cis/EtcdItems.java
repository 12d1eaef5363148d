package dev.bulwark.checks.controlplane.cis;

import static dev.bulwark.checks.controlplane.cis.CisItem.define;
import static dev.bulwark.checks.controlplane.cis.Probes.allOf;
import static dev.bulwark.checks.controlplane.cis.Probes.anyOf;
import static dev.bulwark.checks.controlplane.cis.Probes.flagOrEnv;

import dev.bulwark.api.Severity;
import dev.bulwark.checks.controlplane.Component;
import java.util.List;

/** CIS 2: etcd, whose settings are flags or {@code ETCD_*} environment variables. */
final class EtcdItems {
  private static final Component ETCD = Component.ETCD;

  private EtcdItems() {}

  static CisGroup group() {
    return new CisGroup(
        "2",
        "Etcd Node Configuration",
        List.of(
            define(
                    "2.1",
                    "Ensure that the --cert-file and --key-file arguments are set as appropriate")
                .automated()
                .test(
                    allOf(
                        ETCD,
                        flagOrEnv("--cert-file", "ETCD_CERT_FILE").present(),
                        flagOrEnv("--key-file", "ETCD_KEY_FILE").present()))
                .remediation("Serve etcd's client port over TLS: --cert-file and --key-file.")
                .scan(
                    "etcd-client-tls",
                    Severity.HIGH,
                    "Without TLS every read of etcd, Secrets included, crosses the network in clear"
                        + " text.")
                .build(),
            define("2.2", "Ensure that the --client-cert-auth argument is set to true")
                .automated()
                .test(
                    allOf(
                        ETCD, flagOrEnv("--client-cert-auth", "ETCD_CLIENT_CERT_AUTH").eq("true")))
                .remediation(
                    "Set --client-cert-auth=true (and --trusted-ca-file) so only holders of a"
                        + " client certificate reach etcd.")
                .scan(
                    "etcd-client-cert-auth",
                    Severity.CRITICAL,
                    "Without client certificate authentication anyone who reaches etcd's port reads"
                        + " and writes the whole cluster state.")
                .build(),
            define("2.3", "Ensure that the --auto-tls argument is not set to true")
                .automated()
                .test(
                    anyOf(
                        ETCD,
                        flagOrEnv("--auto-tls", "ETCD_AUTO_TLS").absent(),
                        flagOrEnv("--auto-tls", "ETCD_AUTO_TLS").eq("false")))
                .remediation("Remove --auto-tls and serve certificates from the etcd CA.")
                .scan(
                    "etcd-auto-tls",
                    Severity.MEDIUM,
                    "Auto TLS uses self-signed certificates nobody can verify.")
                .build(),
            define(
                    "2.4",
                    "Ensure that the --peer-cert-file and --peer-key-file arguments are set as"
                        + " appropriate")
                .automated()
                .test(
                    allOf(
                        ETCD,
                        flagOrEnv("--peer-cert-file", "ETCD_PEER_CERT_FILE").present(),
                        flagOrEnv("--peer-key-file", "ETCD_PEER_KEY_FILE").present()))
                .remediation(
                    "Encrypt traffic between etcd members: --peer-cert-file and --peer-key-file.")
                .scan(
                    "etcd-peer-tls",
                    Severity.HIGH,
                    "Replication between etcd members carries every Secret; without TLS it is"
                        + " readable on the wire.")
                .build(),
            define("2.5", "Ensure that the --peer-client-cert-auth argument is set to true")
                .automated()
                .test(
                    allOf(
                        ETCD,
                        flagOrEnv("--peer-client-cert-auth", "ETCD_PEER_CLIENT_CERT_AUTH")
                            .eq("true")))
                .remediation(
                    "Set --peer-client-cert-auth=true so only members with a certificate may join.")
                .scan(
                    "etcd-peer-client-cert-auth",
                    Severity.HIGH,
                    "Without it any host that reaches the peer port can join the cluster and"
                        + " receive its data.")
                .build(),
            define("2.6", "Ensure that the --peer-auto-tls argument is not set to true")
                .automated()
                .test(
                    anyOf(
                        ETCD,
                        flagOrEnv("--peer-auto-tls", "ETCD_PEER_AUTO_TLS").absent(),
                        flagOrEnv("--peer-auto-tls", "ETCD_PEER_AUTO_TLS").eq("false")))
                .remediation("Remove --peer-auto-tls and use certificates from the etcd CA.")
                .scan(
                    "etcd-peer-auto-tls",
                    Severity.MEDIUM,
                    "Self-signed peer certificates cannot be verified, so members cannot tell a"
                        + " real peer from an impostor.")
                .build(),
            define("2.7", "Ensure that a unique Certificate Authority is used for etcd")
                .manual()
                .test(allOf(ETCD, flagOrEnv("--trusted-ca-file", "ETCD_TRUSTED_CA_FILE").present()))
                .remediation(
                    "Give etcd its own CA (--trusted-ca-file) distinct from the cluster CA.")
                .scan(
                    "etcd-trusted-ca-file",
                    Severity.MEDIUM,
                    "With no CA of its own, etcd trusts whatever the cluster CA signs, so any"
                        + " cluster client certificate opens etcd.")
                .build()));
  }
}
