package dev.bulwark.checks.controlplane.cis;

import static dev.bulwark.checks.controlplane.cis.CisItem.define;
import static dev.bulwark.checks.controlplane.cis.Probes.allOf;
import static dev.bulwark.checks.controlplane.cis.Probes.anyOf;
import static dev.bulwark.checks.controlplane.cis.Probes.flag;

import dev.bulwark.api.Severity;
import dev.bulwark.checks.controlplane.Component;
import java.util.List;

/** CIS 1.3 (controller manager) and 1.4 (scheduler). */
final class ControllerManagerAndSchedulerItems {
  private static final Component CM = Component.CONTROLLER_MANAGER;
  private static final Component SCHEDULER = Component.SCHEDULER;

  private ControllerManagerAndSchedulerItems() {}

  static CisGroup controllerManager() {
    return new CisGroup(
        "1.3",
        "Controller Manager",
        List.of(
            define(
                    "1.3.1",
                    "Ensure that the --terminated-pod-gc-threshold argument is set as appropriate")
                .manual()
                .test(allOf(CM, flag("--terminated-pod-gc-threshold").present()))
                .remediation(
                    "Set --terminated-pod-gc-threshold on kube-controller-manager, e.g. 10.")
                .scan(
                    "controller-manager-terminated-pod-gc-threshold",
                    Severity.LOW,
                    "The default keeps 12,500 terminated pods before collecting them, which can"
                        + " slow etcd down.")
                .build(),
            define("1.3.2", "Ensure that the --profiling argument is set to false")
                .automated()
                .test(allOf(CM, flag("--profiling").eq("false")))
                .remediation("Set --profiling=false on kube-controller-manager.")
                .scan(
                    "controller-manager-profiling",
                    Severity.LOW,
                    "The profiling endpoints reveal internals and are on by default.")
                .build(),
            define(
                    "1.3.3",
                    "Ensure that the --use-service-account-credentials argument is set to true")
                .automated()
                .test(allOf(CM, flag("--use-service-account-credentials").noteq("false")))
                .remediation(
                    "Set --use-service-account-credentials=true so each controller uses its own"
                        + " service account.")
                .scan(
                    "controller-manager-service-account-credentials",
                    Severity.MEDIUM,
                    "Without it all controllers share the controller manager's broad credentials"
                        + " instead of one narrow role each.")
                .build(),
            define(
                    "1.3.4",
                    "Ensure that the --service-account-private-key-file argument is set as"
                        + " appropriate")
                .automated()
                .test(allOf(CM, flag("--service-account-private-key-file").present()))
                .remediation(
                    "Set --service-account-private-key-file to the key that signs service account"
                        + " tokens.")
                .scan(
                    "controller-manager-service-account-private-key",
                    Severity.LOW,
                    "An explicit signing key allows tokens to be rotated and verified by a known"
                        + " public key.")
                .build(),
            define("1.3.5", "Ensure that the --root-ca-file argument is set as appropriate")
                .automated()
                .test(allOf(CM, flag("--root-ca-file").present()))
                .remediation("Set --root-ca-file so pods receive the CA to verify the API server.")
                .scan(
                    "controller-manager-root-ca-file",
                    Severity.LOW,
                    "Without it service account token volumes carry no CA, and pods cannot verify"
                        + " the API server they talk to.")
                .build(),
            define(
                    "1.3.6",
                    "Ensure that the RotateKubeletServerCertificate argument is set to true")
                .automated()
                .test(
                    anyOf(
                        CM,
                        flag("--feature-gates").nothave("RotateKubeletServerCertificate=false"),
                        flag("--feature-gates").absent()))
                .remediation("Remove RotateKubeletServerCertificate=false from --feature-gates.")
                .scan(
                    "controller-manager-kubelet-server-cert-rotation",
                    Severity.LOW,
                    "Turning the gate off stops kubelet serving certificates from being rotated.")
                .build(),
            define("1.3.7", "Ensure that the --bind-address argument is set to 127.0.0.1")
                .automated()
                .test(
                    anyOf(
                        CM,
                        flag("--bind-address").eq("127.0.0.1"),
                        flag("--bind-address").absent()))
                .remediation("Set --bind-address=127.0.0.1 on kube-controller-manager.")
                .scan(
                    "controller-manager-bind-address",
                    Severity.MEDIUM,
                    "Bound to all interfaces, the controller manager's metrics and health endpoints"
                        + " are reachable from the network.")
                .build()));
  }

  static CisGroup scheduler() {
    return new CisGroup(
        "1.4",
        "Scheduler",
        List.of(
            define("1.4.1", "Ensure that the --profiling argument is set to false")
                .automated()
                .test(allOf(SCHEDULER, flag("--profiling").eq("false")))
                .remediation("Set --profiling=false on kube-scheduler.")
                .scan(
                    "scheduler-profiling",
                    Severity.LOW,
                    "The profiling endpoints reveal internals and are on by default.")
                .build(),
            define("1.4.2", "Ensure that the --bind-address argument is set to 127.0.0.1")
                .automated()
                .test(
                    anyOf(
                        SCHEDULER,
                        flag("--bind-address").eq("127.0.0.1"),
                        flag("--bind-address").absent()))
                .remediation("Set --bind-address=127.0.0.1 on kube-scheduler.")
                .scan(
                    "scheduler-bind-address",
                    Severity.MEDIUM,
                    "Bound to all interfaces, the scheduler's metrics and health endpoints are"
                        + " reachable from the network.")
                .build()));
  }
}
