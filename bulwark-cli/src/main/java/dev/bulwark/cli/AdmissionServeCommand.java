package dev.bulwark.cli;

import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.NamespaceLabels;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.config.AdmissionConfigException;
import dev.bulwark.admission.config.TimeoutAction;
import dev.bulwark.admission.namespaces.ClusterNamespaces;
import dev.bulwark.admission.namespaces.ClusterPods;
import dev.bulwark.admission.namespaces.NamespaceManifests;
import dev.bulwark.admission.review.PolicyReviewHandler;
import dev.bulwark.admission.server.AdmissionServer;
import dev.bulwark.admission.server.FailureAnswer;
import dev.bulwark.admission.server.ServerLog;
import dev.bulwark.admission.server.ServerSettings;
import dev.bulwark.admission.server.ServingCertificate.CertificateProblem;
import dev.bulwark.cluster.ClusterOptions;
import dev.bulwark.cluster.NamespaceWatch;
import dev.bulwark.cluster.PodLister;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark admission serve}: the HTTPS webhook. Runs until SIGTERM, then shuts down
 * gracefully (readiness off, drain, finish in-flight reviews).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve POST /validate (AdmissionReview v1 and v1beta1) over HTTPS, with /healthz, /readyz and"
          + " /metrics. Namespace labels come from --namespaces files, or else from a watch on the"
          + " cluster (kubeconfig, or the in-cluster service account). Logs go to stderr, one line"
          + " per event."
    },
    footer = {"", "Exit codes: 0 stopped by SIGTERM after draining, 2 bad flags, files or config."})
final class AdmissionServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "HTTPS port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8443;

  @Option(
      names = "--host",
      paramLabel = "ADDR",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = "0.0.0.0";

  @Option(
      names = "--tls-cert",
      required = true,
      paramLabel = "FILE",
      description = "PEM certificate chain; re-read when it changes.")
  Path tlsCert;

  @Option(
      names = "--tls-key",
      required = true,
      paramLabel = "FILE",
      description = "PEM private key (PKCS#8, PKCS#1 or SEC1); re-read when it changes.")
  Path tlsKey;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Admission config (Pod Security defaults and exemptions, Bulwark policy, timeout,"
              + " onTimeout, maxRequestBytes).")
  Path config;

  @Option(
      names = "--namespaces",
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Namespace manifests (files or folders) to take labels from instead of watching the"
              + " cluster.")
  List<Path> namespaces = new ArrayList<>();

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description =
          "kubeconfig file (default: KUBECONFIG, ~/.kube/config, or the in-cluster service"
              + " account).")
  Path kubeconfig;

  @Option(
      names = "--context",
      paramLabel = "NAME",
      description = "kubeconfig context (default: the current one).")
  String context;

  @Option(
      names = "--drain-seconds",
      paramLabel = "S",
      description =
          "After SIGTERM, keep answering this long while endpoints stop routing here (default:"
              + " ${DEFAULT-VALUE}).")
  int drainSeconds = 3;

  @Option(
      names = "--grace-seconds",
      paramLabel = "S",
      description =
          "Then wait at most this long for in-flight reviews (default: ${DEFAULT-VALUE}).")
  int graceSeconds = 20;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<String> problems = new ArrayList<>();
    requireFile(tlsCert, "--tls-cert", problems);
    requireFile(tlsKey, "--tls-key", problems);
    if (config != null) {
      requireFile(config, "--config", problems);
    }
    for (Path path : namespaces) {
      if (!Files.exists(path)) {
        problems.add("--namespaces " + path + ": no such file or folder");
      }
    }
    if (port < 0 || port > 65535) {
      problems.add("--port " + port + ": must be 0-65535");
    }
    if (drainSeconds < 0 || graceSeconds < 0) {
      problems.add("--drain-seconds and --grace-seconds must not be negative");
    }
    if (!problems.isEmpty()) {
      problems.forEach(problem -> err.println("bulwark: " + problem));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }

    AdmissionConfig admissionConfig;
    try {
      admissionConfig = config == null ? AdmissionConfig.defaults() : AdmissionConfig.load(config);
    } catch (AdmissionConfigException e) {
      e.problems().forEach(problem -> err.println("bulwark: " + config + ": " + problem));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }

    List<AutoCloseable> resources = new ArrayList<>();
    NamespaceLabels labels;
    ExistingPods pods;
    if (!namespaces.isEmpty()) {
      try {
        labels = NamespaceManifests.load(namespaces);
      } catch (IOException e) {
        err.println("bulwark: --namespaces: " + e.getMessage());
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      pods = ExistingPods.NONE;
    } else {
      ClusterOptions cluster =
          new ClusterOptions(
              kubeconfig, context, Set.of(), Set.of(), false, ClusterOptions.DEFAULT_PAGE_SIZE);
      ClusterNamespaces watched = new ClusterNamespaces(NamespaceWatch.start(cluster));
      resources.add(watched);
      ClusterPods listed = new ClusterPods(PodLister.connect(cluster));
      resources.add(listed);
      labels = watched;
      pods = listed;
    }

    ServerSettings settings =
        ServerSettings.defaults(port, tlsCert, tlsKey)
            .withHost(host)
            .withTimeout(admissionConfig.timeout(), answer(admissionConfig.onTimeout()))
            .withMaxRequestBytes(admissionConfig.maxRequestBytes())
            .withShutdown(Duration.ofSeconds(drainSeconds), Duration.ofSeconds(graceSeconds));
    AdmissionServer server;
    try {
      server =
          AdmissionServer.start(
              settings,
              new PolicyReviewHandler(admissionConfig, labels, pods),
              labels,
              ServerLog.stderr());
    } catch (CertificateProblem | IOException e) {
      err.println("bulwark: " + e.getMessage());
      err.flush();
      closeAll(resources);
      return ExitCodes.BAD_INPUT;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  closeAll(resources);
                  stopped.countDown();
                },
                "bulwark-shutdown"));
    stopped.await();
    return ExitCodes.CLEAN;
  }

  private static FailureAnswer answer(TimeoutAction action) {
    return action == TimeoutAction.DENY ? FailureAnswer.DENY : FailureAnswer.ALLOW;
  }

  private static void requireFile(Path path, String flag, List<String> problems) {
    if (!Files.isRegularFile(path)) {
      problems.add(flag + " " + path + ": no such file");
    } else if (!Files.isReadable(path)) {
      problems.add(flag + " " + path + ": not readable");
    }
  }

  private static void closeAll(List<AutoCloseable> resources) {
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception ignored) {
        // shutting down; nothing left to tell
      }
    }
  }
}
