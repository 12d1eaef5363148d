package dev.bulwark.checks.controlplane.cis;

import static dev.bulwark.checks.controlplane.cis.CisItem.define;
import static dev.bulwark.checks.controlplane.cis.Probes.allOf;
import static dev.bulwark.checks.controlplane.cis.Probes.anyOf;
import static dev.bulwark.checks.controlplane.cis.Probes.flag;

import dev.bulwark.api.Severity;
import dev.bulwark.checks.controlplane.Component;
import java.util.List;

/** CIS 1.2: the API server's flags. */
final class ApiServerItems {
  private static final Component API = Component.API_SERVER;

  /** The TLS 1.2 and 1.3 suites CIS 1.2.29 accepts. */
  static final String[] STRONG_APISERVER_CIPHERS = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
  };

  private ApiServerItems() {}

  static CisGroup group() {
    return new CisGroup(
        "1.2",
        "API Server",
        List.of(
            define("1.2.1", "Ensure that the --anonymous-auth argument is set to false")
                .manual()
                .test(allOf(API, flag("--anonymous-auth").eq("false")))
                .remediation(
                    "Set --anonymous-auth=false on kube-apiserver, after making sure health checks"
                        + " do not rely on anonymous access.")
                .scan(
                    "apiserver-anonymous-auth",
                    Severity.MEDIUM,
                    "With anonymous authentication on, every request without credentials is served"
                        + " as system:anonymous; any RBAC binding to that user or to"
                        + " system:unauthenticated opens the API to the network.")
                .build(),
            define("1.2.2", "Ensure that the --token-auth-file parameter is not set")
                .automated()
                .test(allOf(API, flag("--token-auth-file").absent()))
                .remediation(
                    "Remove --token-auth-file and authenticate with client certificates, OIDC or"
                        + " service account tokens.")
                .scan(
                    "apiserver-token-auth-file",
                    Severity.HIGH,
                    "Static tokens live in a plain file on the control plane, never expire and can"
                        + " only be changed by restarting the API server.")
                .build(),
            define("1.2.3", "Ensure that the --DenyServiceExternalIPs is set")
                .manual()
                .test(anyOf(API, flag("--enable-admission-plugins").has("DenyServiceExternalIPs")))
                .remediation(
                    "Add DenyServiceExternalIPs to --enable-admission-plugins unless Services need"
                        + " spec.externalIPs.")
                .scan(
                    "apiserver-deny-service-external-ips",
                    Severity.LOW,
                    "Whoever may create Services can set spec.externalIPs and intercept traffic"
                        + " meant for any address (CVE-2020-8554) unless the DenyServiceExternalIPs"
                        + " plugin rejects it.")
                .build(),
            define(
                    "1.2.4",
                    "Ensure that the --kubelet-client-certificate and --kubelet-client-key"
                        + " arguments are set as appropriate")
                .automated()
                .test(
                    allOf(
                        API,
                        flag("--kubelet-client-certificate").present(),
                        flag("--kubelet-client-key").present()))
                .remediation(
                    "Give kube-apiserver a client certificate for kubelets:"
                        + " --kubelet-client-certificate and --kubelet-client-key.")
                .scan(
                    "apiserver-kubelet-client-cert",
                    Severity.MEDIUM,
                    "Without a client certificate the API server cannot authenticate to kubelets,"
                        + " which then have to accept unauthenticated requests for logs, exec and"
                        + " port-forward.")
                .build(),
            define(
                    "1.2.5",
                    "Ensure that the --kubelet-certificate-authority argument is set as"
                        + " appropriate")
                .automated()
                .test(allOf(API, flag("--kubelet-certificate-authority").present()))
                .remediation(
                    "Set --kubelet-certificate-authority to the CA that signs kubelet serving"
                        + " certificates.")
                .scan(
                    "apiserver-kubelet-certificate-authority",
                    Severity.MEDIUM,
                    "Without it the API server does not verify kubelets' serving certificates, so a"
                        + " machine in the middle can impersonate a kubelet and read exec and log"
                        + " streams.")
                .build(),
            define(
                    "1.2.6",
                    "Ensure that the --authorization-mode argument is not set to AlwaysAllow")
                .automated()
                .test(allOf(API, flag("--authorization-mode").nothave("AlwaysAllow")))
                .remediation(
                    "Set --authorization-mode to Node,RBAC (it defaults to AlwaysAllow when not"
                        + " given).")
                .scan(
                    "apiserver-authorization-always-allow",
                    Severity.CRITICAL,
                    "AlwaysAllow (the default when the flag is missing) authorizes every"
                        + " authenticated request: anyone who can log in is cluster-admin.")
                .build(),
            define("1.2.7", "Ensure that the --authorization-mode argument includes Node")
                .automated()
                .test(allOf(API, flag("--authorization-mode").has("Node")))
                .remediation(
                    "Add Node to --authorization-mode, e.g. --authorization-mode=Node,RBAC.")
                .scan(
                    "apiserver-authorization-node",
                    Severity.MEDIUM,
                    "The Node authorizer limits each kubelet to the Secrets, ConfigMaps and volumes"
                        + " of pods on its own node; without it a stolen kubelet credential reads"
                        + " far more.")
                .build(),
            define("1.2.8", "Ensure that the --authorization-mode argument includes RBAC")
                .automated()
                .test(allOf(API, flag("--authorization-mode").has("RBAC")))
                .remediation(
                    "Add RBAC to --authorization-mode, e.g. --authorization-mode=Node,RBAC.")
                .scan(
                    "apiserver-authorization-rbac",
                    Severity.HIGH,
                    "Without the RBAC authorizer Roles and bindings have no effect and access is"
                        + " decided by whatever else is configured.")
                .build(),
            define("1.2.9", "Ensure that the admission control plugin EventRateLimit is set")
                .manual()
                .test(allOf(API, flag("--enable-admission-plugins").has("EventRateLimit")))
                .remediation(
                    "Add EventRateLimit to --enable-admission-plugins and give it limits in"
                        + " --admission-control-config-file.")
                .scan(
                    "apiserver-event-rate-limit",
                    Severity.LOW,
                    "Without a rate limit a misbehaving or hostile client can flood the API server"
                        + " and etcd with Events.")
                .build(),
            define("1.2.10", "Ensure that the admission control plugin AlwaysAdmit is not set")
                .automated()
                .test(
                    anyOf(
                        API,
                        flag("--enable-admission-plugins").nothave("AlwaysAdmit"),
                        flag("--enable-admission-plugins").absent()))
                .remediation("Remove AlwaysAdmit from --enable-admission-plugins.")
                .scan(
                    "apiserver-always-admit",
                    Severity.HIGH,
                    "AlwaysAdmit admits every request regardless of the other admission plugins'"
                        + " verdicts.")
                .build(),
            define("1.2.11", "Ensure that the admission control plugin AlwaysPullImages is set")
                .manual()
                .test(allOf(API, flag("--enable-admission-plugins").has("AlwaysPullImages")))
                .remediation(
                    "Add AlwaysPullImages to --enable-admission-plugins where tenants share nodes.")
                .scan(
                    "apiserver-always-pull-images",
                    Severity.LOW,
                    "Without it a pod can run a private image another tenant already pulled to the"
                        + " node, without having the credentials to pull it.")
                .build(),
            define("1.2.12", "Ensure that the admission control plugin ServiceAccount is set")
                .automated()
                .test(
                    anyOf(
                        API,
                        flag("--disable-admission-plugins").nothave("ServiceAccount"),
                        flag("--disable-admission-plugins").absent()))
                .remediation("Remove ServiceAccount from --disable-admission-plugins.")
                .scan(
                    "apiserver-service-account-admission-disabled",
                    Severity.MEDIUM,
                    "The ServiceAccount plugin makes every pod run as a service account that"
                        + " exists; disabling it breaks token automation and lets pods name"
                        + " accounts freely.")
                .build(),
            define("1.2.13", "Ensure that the admission control plugin NamespaceLifecycle is set")
                .automated()
                .test(
                    anyOf(
                        API,
                        flag("--disable-admission-plugins").nothave("NamespaceLifecycle"),
                        flag("--disable-admission-plugins").absent()))
                .remediation("Remove NamespaceLifecycle from --disable-admission-plugins.")
                .scan(
                    "apiserver-namespace-lifecycle-disabled",
                    Severity.MEDIUM,
                    "NamespaceLifecycle refuses objects in namespaces that are being deleted or do"
                        + " not exist, and protects the system namespaces from deletion.")
                .build(),
            define("1.2.14", "Ensure that the admission control plugin NodeRestriction is set")
                .automated()
                .test(allOf(API, flag("--enable-admission-plugins").has("NodeRestriction")))
                .remediation(
                    "Add NodeRestriction to --enable-admission-plugins (kubeadm does by default).")
                .scan(
                    "apiserver-node-restriction",
                    Severity.MEDIUM,
                    "NodeRestriction keeps a kubelet from changing other nodes and pods, and from"
                        + " setting labels that steer workloads onto it.")
                .build(),
            define("1.2.15", "Ensure that the --profiling argument is set to false")
                .automated()
                .test(allOf(API, flag("--profiling").eq("false")))
                .remediation("Set --profiling=false on kube-apiserver.")
                .scan(
                    "apiserver-profiling",
                    Severity.LOW,
                    "The profiling endpoints reveal internals of the running server and can be used"
                        + " to slow it down; they are on by default.")
                .build(),
            define("1.2.16", "Ensure that the --audit-log-path argument is set")
                .automated()
                .test(allOf(API, flag("--audit-log-path").present()))
                .remediation(
                    "Set --audit-log-path (and --audit-policy-file) so API requests are recorded.")
                .scan(
                    "apiserver-audit-log-path",
                    Severity.MEDIUM,
                    "Without an audit log there is no record of who did what through the API, so an"
                        + " intrusion cannot be traced.")
                .build(),
            define(
                    "1.2.17",
                    "Ensure that the --audit-log-maxage argument is set to 30 or as appropriate")
                .automated()
                .test(allOf(API, flag("--audit-log-maxage").gte(30)))
                .remediation("Set --audit-log-maxage=30 or more.")
                .scan(
                    "apiserver-audit-log-maxage",
                    Severity.LOW,
                    "Audit logs that are deleted after a few days are gone by the time an incident"
                        + " is investigated.")
                .build(),
            define(
                    "1.2.18",
                    "Ensure that the --audit-log-maxbackup argument is set to 10 or as appropriate")
                .automated()
                .test(allOf(API, flag("--audit-log-maxbackup").gte(10)))
                .remediation("Set --audit-log-maxbackup=10 or more.")
                .scan(
                    "apiserver-audit-log-maxbackup",
                    Severity.LOW,
                    "Keeping too few rotated audit files loses history during bursts of requests.")
                .build(),
            define(
                    "1.2.19",
                    "Ensure that the --audit-log-maxsize argument is set to 100 or as appropriate")
                .automated()
                .test(allOf(API, flag("--audit-log-maxsize").gte(100)))
                .remediation("Set --audit-log-maxsize=100 (MiB) or more.")
                .scan(
                    "apiserver-audit-log-maxsize",
                    Severity.LOW,
                    "Small audit files rotate so fast that history is lost.")
                .build(),
            define("1.2.20", "Ensure that the --request-timeout argument is set as appropriate")
                .manual()
                .remediation(
                    "Leave --request-timeout at its default of 60s unless large requests need"
                        + " more.")
                .build(),
            define("1.2.21", "Ensure that the --service-account-lookup argument is set to true")
                .automated()
                .test(
                    anyOf(
                        API,
                        flag("--service-account-lookup").absent(),
                        flag("--service-account-lookup").eq("true")))
                .remediation("Remove --service-account-lookup=false (the default is true).")
                .scan(
                    "apiserver-service-account-lookup",
                    Severity.MEDIUM,
                    "Without the lookup a token keeps working after its ServiceAccount is deleted.")
                .build(),
            define(
                    "1.2.22",
                    "Ensure that the --service-account-key-file argument is set as appropriate")
                .automated()
                .test(allOf(API, flag("--service-account-key-file").present()))
                .remediation(
                    "Set --service-account-key-file to the public key(s) that verify service"
                        + " account tokens.")
                .scan(
                    "apiserver-service-account-key-file",
                    Severity.LOW,
                    "Naming the verification keys explicitly allows keys to be rotated without"
                        + " invalidating every token at once.")
                .build(),
            define(
                    "1.2.23",
                    "Ensure that the --etcd-certfile and --etcd-keyfile arguments are set as"
                        + " appropriate")
                .automated()
                .test(
                    allOf(API, flag("--etcd-certfile").present(), flag("--etcd-keyfile").present()))
                .remediation(
                    "Give kube-apiserver a client certificate for etcd: --etcd-certfile and"
                        + " --etcd-keyfile.")
                .scan(
                    "apiserver-etcd-client-cert",
                    Severity.HIGH,
                    "Without a client certificate etcd must accept unauthenticated clients, and"
                        + " anyone who reaches it reads every Secret.")
                .build(),
            define(
                    "1.2.24",
                    "Ensure that the --tls-cert-file and --tls-private-key-file arguments are set"
                        + " as appropriate")
                .automated()
                .test(
                    allOf(
                        API,
                        flag("--tls-cert-file").present(),
                        flag("--tls-private-key-file").present()))
                .remediation(
                    "Serve the API with a certificate from the cluster CA: --tls-cert-file and"
                        + " --tls-private-key-file.")
                .scan(
                    "apiserver-tls-cert",
                    Severity.MEDIUM,
                    "Without them the API server generates a self-signed certificate clients cannot"
                        + " verify, inviting them to skip verification.")
                .build(),
            define("1.2.25", "Ensure that the --client-ca-file argument is set as appropriate")
                .automated()
                .test(allOf(API, flag("--client-ca-file").present()))
                .remediation("Set --client-ca-file to the CA that signs client certificates.")
                .scan(
                    "apiserver-client-ca-file",
                    Severity.MEDIUM,
                    "Without a client CA the API server cannot authenticate client certificates,"
                        + " and kubelets and controllers fall back to weaker credentials.")
                .build(),
            define("1.2.26", "Ensure that the --etcd-cafile argument is set as appropriate")
                .automated()
                .test(allOf(API, flag("--etcd-cafile").present()))
                .remediation("Set --etcd-cafile to the CA of etcd's serving certificates.")
                .scan(
                    "apiserver-etcd-cafile",
                    Severity.HIGH,
                    "Without it the API server cannot verify that it talks to the real etcd.")
                .build(),
            define(
                    "1.2.27",
                    "Ensure that the --encryption-provider-config argument is set as appropriate")
                .manual()
                .test(allOf(API, flag("--encryption-provider-config").present()))
                .remediation(
                    "Write an EncryptionConfiguration and pass it with"
                        + " --encryption-provider-config.")
                .build(),
            define("1.2.28", "Ensure that encryption providers are appropriately configured")
                .manual()
                .test(new EncryptionProvidersTest())
                .remediation(
                    "Make the first provider for secrets aescbc, kms or secretbox (Bulwark advises"
                        + " kms v2, aesgcm with rotation or secretbox).")
                .build(),
            define(
                    "1.2.29",
                    "Ensure that the API Server only makes use of Strong Cryptographic Ciphers")
                .manual()
                .test(
                    allOf(
                        API,
                        flag("--tls-cipher-suites")
                            .onlyElements(
                                "strong cipher suites (CIS 1.2.29)", STRONG_APISERVER_CIPHERS)))
                .remediation(
                    "Set --tls-cipher-suites to AEAD suites only, e.g."
                        + " TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384.")
                .scan(
                    "apiserver-weak-tls-ciphers",
                    Severity.LOW,
                    "Go's default list still includes CBC and 3DES suites; limiting the list to"
                        + " AEAD suites removes downgrade targets.")
                .build(),
            define(
                    "1.2.30",
                    "Ensure that the --service-account-extend-token-expiration parameter is set to"
                        + " false")
                .automated()
                .test(allOf(API, flag("--service-account-extend-token-expiration").eq("false")))
                .remediation(
                    "Set --service-account-extend-token-expiration=false once workloads refresh"
                        + " their projected tokens.")
                .scan(
                    "apiserver-extend-token-expiration",
                    Severity.LOW,
                    "The extension makes projected tokens valid for a year instead of an hour, so a"
                        + " leaked token stays useful for long.")
                .build()));
  }
}
