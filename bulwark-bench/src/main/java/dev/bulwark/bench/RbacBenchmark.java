package dev.bulwark.bench;

import dev.bulwark.analysis.rbac.Decision;
import dev.bulwark.analysis.rbac.EscalationGraph;
import dev.bulwark.analysis.rbac.EscalationPath;
import dev.bulwark.analysis.rbac.Identity;
import dev.bulwark.analysis.rbac.PodAccounts;
import dev.bulwark.analysis.rbac.RbacModel;
import dev.bulwark.analysis.rbac.RbacObjects;
import dev.bulwark.analysis.rbac.RbacOptions;
import dev.bulwark.analysis.rbac.Request;
import dev.bulwark.analysis.rbac.SubjectAccess;
import dev.bulwark.api.Resource;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The RBAC model over 10,000 Roles, ClusterRoles and bindings ({@link RbacCorpus}): building it,
 * who-can and can per query once built, and escalation paths from scratch. Targets (issue 5):
 * who-can under 50 ms per query, paths under 5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class RbacBenchmark {
  @Param("1000")
  public int namespaces;

  private List<Resource> resources;
  private RbacModel model;
  private PodAccounts accounts;
  private final List<Request> requests = new ArrayList<>();
  private final List<Identity> identities = new ArrayList<>();
  private int next;

  @Setup
  public void setUp() {
    LoadResult loaded =
        new ManifestLoader().loadString("rbac.yaml", RbacCorpus.cluster(namespaces));
    if (!loaded.diagnostics().isEmpty()) {
      throw new IllegalStateException(loaded.diagnostics().get(0).message());
    }
    resources = loaded.resources();
    long rbac = resources.stream().filter(RbacObjects::isRbac).count();
    System.out.printf(
        "%n[rbac corpus] %d objects, %d of them Roles, ClusterRoles and bindings%n",
        resources.size(), rbac);
    model = RbacModel.build(resources, RbacOptions.forScan());
    accounts = PodAccounts.of(resources, "default");
    for (int i = 0; i < 64; i++) {
      String ns = "team-" + (i * 37 % namespaces);
      requests.add(Request.resource("get", "", "secrets", ns, ""));
      requests.add(Request.resource("create", "", "pods", ns, ""));
      requests.add(Request.resource("create", "", "pods/exec", ns, "x"));
      requests.add(Request.resource("update", "apps", "deployments", ns, "app"));
      requests.add(Request.resource("list", "", "secrets", "", ""));
      requests.add(Request.resource("get", "", "nodes", "", ""));
      requests.add(Request.nonResource("get", "/metrics"));
      requests.add(Request.resource("impersonate", "", "serviceaccounts", ns, "app-1"));
      identities.add(Identity.serviceAccount(ns, "app-" + (i * 37 % namespaces)));
      identities.add(Identity.user("oncall-" + (i % 50), List.of("team-" + i + "-devs")));
    }
  }

  /** Building the model (aggregation included) from loaded objects. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public RbacModel buildModel() {
    return RbacModel.build(resources, RbacOptions.forScan());
  }

  /** One who-can query, cycling through 512 different requests. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<SubjectAccess> whoCan() {
    return model.whoCan(requests.get(next++ & 511));
  }

  /** One who-can -A query (every RoleBinding asked about its own namespace). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<SubjectAccess> whoCanAnyNamespace() {
    return model.whoCanInAnyNamespace(requests.get(next++ & 511));
  }

  /** One can query. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Decision can() {
    int i = next++;
    return model.authorize(identities.get(i & 127), requests.get(i & 511));
  }

  /** The escalation graph built from the model and every shortest path to cluster-admin. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<EscalationPath> paths() {
    return EscalationGraph.build(model, accounts).paths();
  }
}
