package dev.bulwark.checks.controlplane.cis;

import static dev.bulwark.checks.controlplane.cis.CisItem.define;
import static dev.bulwark.checks.controlplane.cis.FileTest.mode;
import static dev.bulwark.checks.controlplane.cis.FileTest.owner;
import static dev.bulwark.checks.controlplane.cis.Probes.allOf;
import static dev.bulwark.checks.controlplane.cis.Probes.anyOf;
import static dev.bulwark.checks.controlplane.cis.Probes.featureGate;
import static dev.bulwark.checks.controlplane.cis.Probes.flag;
import static dev.bulwark.checks.controlplane.cis.Probes.flagOrConfig;

import dev.bulwark.api.Severity;
import dev.bulwark.checks.controlplane.Component;
import java.util.List;

/** CIS 4: the worker node's files, the kubelet and kube-proxy. */
final class WorkerNodeItems {
  private static final Component KUBELET = Component.KUBELET;
  private static final Component PROXY = Component.PROXY;

  /** The suites CIS 4.2.12 accepts for the kubelet. */
  static final String[] STRONG_KUBELET_CIPHERS = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"
  };

  private static final NodePaths KUBELET_SERVICE =
      NodePaths.firstOf(
          "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf",
          "/etc/systemd/system/kubelet.service",
          "/lib/systemd/system/kubelet.service",
          "/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf");
  private static final NodePaths PROXY_KUBECONFIG =
      NodePaths.fromSetting(PROXY, Lookup.flag("--kubeconfig"), "/etc/kubernetes/proxy.conf");
  private static final NodePaths KUBELET_KUBECONFIG =
      NodePaths.fromSetting(
          KUBELET,
          Lookup.flag("--kubeconfig"),
          "/etc/kubernetes/kubelet.conf",
          "/etc/kubernetes/kubelet-kubeconfig.conf",
          "/var/lib/kubelet/kubeconfig");
  private static final NodePaths KUBELET_CA =
      NodePaths.fromSetting(
          KUBELET,
          Lookup.flagOrConfig("--client-ca-file", "authentication.x509.clientCAFile"),
          "/etc/kubernetes/pki/ca.crt",
          "/etc/kubernetes/certs/ca.crt",
          "/etc/kubernetes/cert/ca.pem");
  private static final NodePaths KUBELET_CONFIG =
      NodePaths.fromSetting(
          KUBELET, Lookup.flag("--config"), DefaultPaths.KUBELET_CONFIG.toArray(String[]::new));

  private WorkerNodeItems() {}

  static CisGroup files() {
    return new CisGroup(
        "4.1",
        "Worker Node Configuration Files",
        List.of(
            define(
                    "4.1.1",
                    "Ensure that the kubelet service file permissions are set to 600 or more"
                        + " restrictive")
                .automated()
                .test(mode(KUBELET, KUBELET_SERVICE, "600"))
                .remediation("chmod 600 /etc/systemd/system/kubelet.service.d/10-kubeadm.conf")
                .build(),
            define("4.1.2", "Ensure that the kubelet service file ownership is set to root:root")
                .automated()
                .test(owner(KUBELET, KUBELET_SERVICE, "root:root").orMissing())
                .remediation(
                    "chown root:root /etc/systemd/system/kubelet.service.d/10-kubeadm.conf")
                .build(),
            define(
                    "4.1.3",
                    "If proxy kubeconfig file exists ensure permissions are set to 600 or more"
                        + " restrictive")
                .manual()
                .test(mode(KUBELET, PROXY_KUBECONFIG, "600"))
                .remediation("chmod 600 the kube-proxy kubeconfig, e.g. /etc/kubernetes/proxy.conf")
                .build(),
            define("4.1.4", "If proxy kubeconfig file exists ensure ownership is set to root:root")
                .manual()
                .test(owner(KUBELET, PROXY_KUBECONFIG, "root:root"))
                .remediation(
                    "chown root:root the kube-proxy kubeconfig, e.g. /etc/kubernetes/proxy.conf")
                .build(),
            define(
                    "4.1.5",
                    "Ensure that the --kubeconfig kubelet.conf file permissions are set to 600 or"
                        + " more restrictive")
                .automated()
                .test(mode(KUBELET, KUBELET_KUBECONFIG, "600"))
                .remediation("chmod 600 /etc/kubernetes/kubelet.conf")
                .build(),
            define(
                    "4.1.6",
                    "Ensure that the --kubeconfig kubelet.conf file ownership is set to root:root")
                .automated()
                .test(owner(KUBELET, KUBELET_KUBECONFIG, "root:root"))
                .remediation("chown root:root /etc/kubernetes/kubelet.conf")
                .build(),
            define(
                    "4.1.7",
                    "Ensure that the certificate authorities file permissions are set to 644 or"
                        + " more restrictive")
                .manual()
                .test(mode(KUBELET, KUBELET_CA, "644"))
                .remediation(
                    "chmod 644 the kubelet's client CA file, e.g. /etc/kubernetes/pki/ca.crt")
                .build(),
            define(
                    "4.1.8",
                    "Ensure that the client certificate authorities file ownership is set to"
                        + " root:root")
                .manual()
                .test(owner(KUBELET, KUBELET_CA, "root:root"))
                .remediation(
                    "chown root:root the kubelet's client CA file, e.g. /etc/kubernetes/pki/ca.crt")
                .build(),
            define(
                    "4.1.9",
                    "If the kubelet config.yaml configuration file is being used validate"
                        + " permissions set to 600 or more restrictive")
                .automated()
                .test(mode(KUBELET, KUBELET_CONFIG, "600"))
                .remediation("chmod 600 /var/lib/kubelet/config.yaml")
                .build(),
            define(
                    "4.1.10",
                    "If the kubelet config.yaml configuration file is being used validate file"
                        + " ownership is set to root:root")
                .automated()
                .test(owner(KUBELET, KUBELET_CONFIG, "root:root"))
                .remediation("chown root:root /var/lib/kubelet/config.yaml")
                .build()));
  }

  static CisGroup kubelet() {
    return new CisGroup(
        "4.2",
        "Kubelet",
        List.of(
            define("4.2.1", "Ensure that the --anonymous-auth argument is set to false")
                .automated()
                .test(
                    allOf(
                        KUBELET,
                        flagOrConfig("--anonymous-auth", "authentication.anonymous.enabled")
                            .eq("false")))
                .remediation(
                    "Set authentication.anonymous.enabled: false in the KubeletConfiguration (or"
                        + " --anonymous-auth=false).")
                .scan(
                    "kubelet-anonymous-auth",
                    Severity.HIGH,
                    "With anonymous access the kubelet API on port 10250 answers unauthenticated"
                        + " requests; with a permissive authorizer that means exec into any pod on"
                        + " the node.")
                .build(),
            define(
                    "4.2.2",
                    "Ensure that the --authorization-mode argument is not set to AlwaysAllow")
                .automated()
                .test(
                    allOf(
                        KUBELET,
                        flagOrConfig("--authorization-mode", "authorization.mode")
                            .nothave("AlwaysAllow")))
                .remediation(
                    "Set authorization.mode: Webhook in the KubeletConfiguration (or"
                        + " --authorization-mode=Webhook).")
                .scan(
                    "kubelet-authorization-always-allow",
                    Severity.CRITICAL,
                    "AlwaysAllow lets every caller of the kubelet API run commands in any pod on"
                        + " the node.")
                .build(),
            define("4.2.3", "Ensure that the --client-ca-file argument is set as appropriate")
                .automated()
                .test(
                    allOf(
                        KUBELET,
                        flagOrConfig("--client-ca-file", "authentication.x509.clientCAFile")
                            .present()))
                .remediation(
                    "Set authentication.x509.clientCAFile in the KubeletConfiguration (or"
                        + " --client-ca-file).")
                .scan(
                    "kubelet-client-ca-file",
                    Severity.MEDIUM,
                    "Without a client CA the kubelet cannot authenticate the API server's client"
                        + " certificate.")
                .build(),
            define("4.2.4", "Verify that if defined, the --read-only-port argument is set to 0")
                .manual()
                .test(
                    anyOf(
                        KUBELET,
                        flagOrConfig("--read-only-port", "readOnlyPort").eq("0"),
                        flagOrConfig("--read-only-port", "readOnlyPort").absent()))
                .remediation(
                    "Set readOnlyPort: 0 in the KubeletConfiguration (or --read-only-port=0).")
                .scan(
                    "kubelet-read-only-port",
                    Severity.MEDIUM,
                    "The read-only port serves pod and node details over plain HTTP without"
                        + " authentication.")
                .build(),
            define(
                    "4.2.5",
                    "Ensure that the --streaming-connection-idle-timeout argument is not set to 0")
                .manual()
                .test(
                    anyOf(
                        KUBELET,
                        flagOrConfig(
                                "--streaming-connection-idle-timeout",
                                "streamingConnectionIdleTimeout")
                            .noteq("0"),
                        flagOrConfig(
                                "--streaming-connection-idle-timeout",
                                "streamingConnectionIdleTimeout")
                            .absent()))
                .remediation("Set streamingConnectionIdleTimeout to a duration such as 5m.")
                .scan(
                    "kubelet-streaming-idle-timeout",
                    Severity.LOW,
                    "With no idle timeout, exec and port-forward streams stay open forever and"
                        + " exhaust the node.")
                .build(),
            define("4.2.6", "Ensure that the --make-iptables-util-chains argument is set to true")
                .automated()
                .test(
                    anyOf(
                        KUBELET,
                        flagOrConfig("--make-iptables-util-chains", "makeIPTablesUtilChains")
                            .eq("true"),
                        flagOrConfig("--make-iptables-util-chains", "makeIPTablesUtilChains")
                            .absent()))
                .remediation("Remove makeIPTablesUtilChains: false (the default is true).")
                .scan(
                    "kubelet-iptables-util-chains",
                    Severity.LOW,
                    "Letting the kubelet manage its iptables chains keeps pod networking rules"
                        + " consistent with the network policy in force.")
                .build(),
            define("4.2.7", "Ensure that the --hostname-override argument is not set")
                .manual()
                .test(allOf(KUBELET, flag("--hostname-override").absent()))
                .remediation("Remove --hostname-override from the kubelet's command line.")
                .scan(
                    "kubelet-hostname-override",
                    Severity.LOW,
                    "A node name that differs from the host name can break TLS verification between"
                        + " the API server and the kubelet.")
                .build(),
            define(
                    "4.2.8",
                    "Ensure that the eventRecordQPS argument is set to a level which ensures"
                        + " appropriate event capture")
                .manual()
                .test(
                    anyOf(
                        KUBELET,
                        flagOrConfig("--event-qps", "eventRecordQPS").gte(0),
                        flagOrConfig("--event-qps", "eventRecordQPS").absent()))
                .remediation("Set eventRecordQPS to 0 or a level that keeps the events you need.")
                .scan(
                    "kubelet-event-qps",
                    Severity.LOW,
                    "Too low an event rate drops events an investigation needs.")
                .build(),
            define(
                    "4.2.9",
                    "Ensure that the --tls-cert-file and --tls-private-key-file arguments are set"
                        + " as appropriate")
                .manual()
                .test(
                    allOf(
                        KUBELET,
                        flagOrConfig("--tls-cert-file", "tlsCertFile").present(),
                        flagOrConfig("--tls-private-key-file", "tlsPrivateKeyFile").present()))
                .remediation(
                    "Set tlsCertFile and tlsPrivateKeyFile (or serverTLSBootstrap with rotated"
                        + " serving certificates).")
                .scan(
                    "kubelet-tls-cert",
                    Severity.LOW,
                    "Without them the kubelet serves a self-signed certificate the API server"
                        + " cannot verify.")
                .build(),
            define("4.2.10", "Ensure that the --rotate-certificates argument is not set to false")
                .automated()
                .test(
                    anyOf(
                        KUBELET,
                        flagOrConfig("--rotate-certificates", "rotateCertificates").eq("true"),
                        flagOrConfig("--rotate-certificates", "rotateCertificates").absent()))
                .remediation("Remove rotateCertificates: false from the KubeletConfiguration.")
                .scan(
                    "kubelet-rotate-certificates",
                    Severity.LOW,
                    "Without rotation the kubelet's client certificate expires or lives on long"
                        + " after it should.")
                .build(),
            define(
                    "4.2.11",
                    "Verify that the RotateKubeletServerCertificate argument is set to true")
                .manual()
                .test(
                    anyOf(
                        KUBELET,
                        featureGate("RotateKubeletServerCertificate").nothave("false"),
                        featureGate("RotateKubeletServerCertificate").absent()))
                .remediation(
                    "Remove RotateKubeletServerCertificate=false from the kubelet's feature gates.")
                .scan(
                    "kubelet-server-cert-rotation",
                    Severity.LOW,
                    "Turning the gate off stops the kubelet's serving certificate from being"
                        + " rotated.")
                .build(),
            define(
                    "4.2.12",
                    "Ensure that the Kubelet only makes use of Strong Cryptographic Ciphers")
                .manual()
                .test(
                    allOf(
                        KUBELET,
                        flagOrConfig("--tls-cipher-suites", "tlsCipherSuites")
                            .onlyElements(
                                "strong cipher suites (CIS 4.2.12)", STRONG_KUBELET_CIPHERS)))
                .remediation("Set tlsCipherSuites to the ECDHE AES-GCM and ChaCha20 suites only.")
                .scan(
                    "kubelet-weak-tls-ciphers",
                    Severity.LOW,
                    "Go's default list still includes CBC suites; limiting it removes downgrade"
                        + " targets.")
                .build(),
            define("4.2.13", "Ensure that a limit is set on pod PIDs")
                .manual()
                .test(allOf(KUBELET, flagOrConfig("--pod-max-pids", "podPidsLimit").present()))
                .remediation("Set podPidsLimit in the KubeletConfiguration, e.g. 4096.")
                .scan(
                    "kubelet-pod-pids-limit",
                    Severity.LOW,
                    "Without a PID limit one pod's fork bomb exhausts the node's process table.")
                .build(),
            define("4.2.14", "Ensure that the --seccomp-default parameter is set to true")
                .manual()
                .test(allOf(KUBELET, flagOrConfig("--seccomp-default", "seccompDefault").present()))
                .remediation("Set seccompDefault: true in the KubeletConfiguration.")
                .scan(
                    "kubelet-seccomp-default",
                    Severity.LOW,
                    "With seccompDefault the container runtime's default seccomp profile applies to"
                        + " pods that set none, blocking rarely needed system calls.")
                .build()));
  }

  static CisGroup proxy() {
    return new CisGroup(
        "4.3",
        "kube-proxy",
        List.of(
            define("4.3.1", "Ensure that the kube-proxy metrics service is bound to localhost")
                .automated()
                .test(
                    anyOf(
                        PROXY,
                        flagOrConfig("--metrics-bind-address", "metricsBindAddress")
                            .has("127.0.0.1"),
                        flagOrConfig("--metrics-bind-address", "metricsBindAddress").absent()))
                .remediation(
                    "Set metricsBindAddress: 127.0.0.1:10249 (or"
                        + " --metrics-bind-address=127.0.0.1:10249).")
                .scan(
                    "kube-proxy-metrics-bind-address",
                    Severity.LOW,
                    "Bound to all interfaces, kube-proxy's metrics endpoint reveals the cluster's"
                        + " services to the network.")
                .build()));
  }
}
