package dev.bulwark.bench;

import dev.bulwark.analysis.rbac.EscalationGraph;
import dev.bulwark.analysis.rbac.Identity;
import dev.bulwark.analysis.rbac.PodAccounts;
import dev.bulwark.analysis.rbac.RbacModel;
import dev.bulwark.analysis.rbac.RbacOptions;
import dev.bulwark.analysis.rbac.Request;
import dev.bulwark.api.Resource;
import dev.bulwark.loader.ManifestLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * CPU time (not wall time) of the RBAC operations on the {@link RbacCorpus}, measured with the
 * thread's CPU clock after a warm-up. On a machine shared with other builds, wall-clock JMH figures
 * include time spent waiting for a core; CPU time does not.
 *
 * <p>{@code java -cp bulwark-bench/target/benchmarks.jar dev.bulwark.bench.RbacCpuTimes
 * [NAMESPACES]}
 */
public final class RbacCpuTimes {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private RbacCpuTimes() {}

  public static void main(String[] args) {
    int namespaces = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    List<Resource> resources =
        new ManifestLoader().loadString("rbac.yaml", RbacCorpus.cluster(namespaces)).resources();
    RbacModel model = RbacModel.build(resources, RbacOptions.forScan());
    PodAccounts accounts = PodAccounts.of(resources, "default");
    Request[] requests = {
      Request.resource("get", "", "secrets", "team-42", ""),
      Request.resource("create", "", "pods", "team-7", ""),
      Request.resource("list", "", "secrets", "", ""),
      Request.resource("create", "", "pods/exec", "team-99", "x"),
      Request.nonResource("get", "/metrics")
    };
    Identity who = Identity.serviceAccount("team-42", "app-42");
    report("build the model", 10, i -> RbacModel.build(resources, RbacOptions.forScan()));
    report("who-can (one query)", 2000, i -> model.whoCan(requests[i % requests.length]));
    report(
        "who-can -A (one query)",
        200,
        i -> model.whoCanInAnyNamespace(requests[i % requests.length]));
    report("can (one query)", 200_000, i -> model.authorize(who, requests[i % requests.length]));
    report("paths (graph and every path)", 5, i -> EscalationGraph.build(model, accounts).paths());
  }

  private static void report(String what, int times, IntConsumer op) {
    for (int i = 0; i < Math.max(3, times / 5); i++) {
      op.accept(i); // warm-up
    }
    long start = CPU.getCurrentThreadCpuTime();
    for (int i = 0; i < times; i++) {
      op.accept(i);
    }
    double micros = (CPU.getCurrentThreadCpuTime() - start) / 1e3 / times;
    System.out.printf("%-30s %12.1f us CPU per operation (%d operations)%n", what, micros, times);
  }
}
