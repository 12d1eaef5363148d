package dev.bulwark.cli;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.pss.PssLevel;
import dev.bulwark.checks.pss.PssMode;
import dev.bulwark.checks.pss.PssNamespacePolicy;
import dev.bulwark.checks.pss.PssPod;
import dev.bulwark.checks.pss.PssPolicy;
import dev.bulwark.checks.pss.PssResult;
import dev.bulwark.checks.pss.PssVersion;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bulwark pss namespaces}: the migration plan per namespace — the strictest level all its
 * pods and templates already satisfy, the labels that enforce it (warning and auditing at
 * restricted), and what blocks the next level up. What {@code kubectl label --dry-run=server} tells
 * one namespace at a time against a live cluster, for a whole manifest set offline.
 */
@Command(
    name = "namespaces",
    description = {
      "For every namespace: the strictest Pod Security level all its pods and pod templates"
          + " already pass, the labels to set, and the workloads that block the next level."
    },
    footer = {"", "Exit codes: 0 plan written, 2 bad input or usage."})
final class PssNamespacesCommand implements Callable<Integer> {
  private static final List<PssLevel> STRICTEST_FIRST =
      List.of(PssLevel.RESTRICTED, PssLevel.BASELINE);

  @Spec CommandSpec spec;

  // Not mixinStandardHelpOptions: its -V/--version would clash with the policy --version.
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files or folders (.yaml, .yml, .json; folders recursively); - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--version",
      defaultValue = "latest",
      paramLabel = "VERSION",
      description = "Policy version to plan for: v1.N or latest (default: ${DEFAULT-VALUE}).")
  String version;

  @Option(
      names = {"-n", "--namespace"},
      defaultValue = "default",
      paramLabel = "NS",
      description = "Namespace of objects that name none (default: ${DEFAULT-VALUE}).")
  String defaultNamespace;

  @Mixin PssOutput output;

  @Mixin LoaderOptions loaderOptions;

  @Override
  public Integer call() throws IOException {
    boolean json = output.json(spec);
    PssVersion target = parseVersion();
    PssInput input =
        PssInput.of(new ManifestLoader(loaderOptions.limits()).load(paths), defaultNamespace);
    List<Plan> plans = plan(input, target);
    output.write(spec, json ? json(plans, input) : table(plans, input));
    return input.hasErrors() ? ExitCodes.BAD_INPUT : ExitCodes.CLEAN;
  }

  private PssVersion parseVersion() {
    try {
      return PssVersion.parse(version);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Namespaces in input order (Namespace objects first, then those only workloads name). */
  private static List<Plan> plan(PssInput input, PssVersion version) {
    Map<String, List<PodSpecRef>> byNamespace = new LinkedHashMap<>();
    input.namespaces().keySet().forEach(ns -> byNamespace.put(ns, new ArrayList<>()));
    TreeSet<String> others = new TreeSet<>();
    for (PodSpecRef w : input.workloads()) {
      String ns = input.namespaceOf(w.owner());
      if (!byNamespace.containsKey(ns)) {
        others.add(ns);
      }
    }
    others.forEach(ns -> byNamespace.put(ns, new ArrayList<>()));
    for (PodSpecRef w : input.workloads()) {
      byNamespace.get(input.namespaceOf(w.owner())).add(w);
    }
    List<Plan> plans = new ArrayList<>();
    byNamespace.forEach((ns, workloads) -> plans.add(Plan.of(ns, workloads, input, version)));
    return plans;
  }

  /**
   * One namespace's plan.
   *
   * @param strictest the strictest level every workload passes at the planned version
   * @param blocking workloads that fail the next level up, with upstream's reasons
   * @param violatingCurrent workloads that fail the namespace's current enforce policy
   */
  record Plan(
      String namespace,
      boolean found,
      PssNamespacePolicy current,
      int workloads,
      PssVersion version,
      PssLevel strictest,
      List<Blocker> blocking,
      List<Blocker> violatingCurrent) {

    static Plan of(String ns, List<PodSpecRef> workloads, PssInput input, PssVersion version) {
      PssNamespacePolicy current = input.policyOf(ns);
      List<PssPod> pods = workloads.stream().map(PssPod::of).toList();
      PssLevel strictest = PssLevel.PRIVILEGED;
      for (PssLevel level : STRICTEST_FIRST) {
        if (failing(workloads, pods, new PssPolicy(level, version)).isEmpty()) {
          strictest = level;
          break;
        }
      }
      List<Blocker> blocking =
          next(strictest) == null
              ? List.of()
              : failing(workloads, pods, new PssPolicy(next(strictest), version));
      return new Plan(
          ns,
          input.namespace(ns).isPresent(),
          current,
          workloads.size(),
          version,
          strictest,
          blocking,
          failing(workloads, pods, current.enforce()));
    }

    /** The level above, or {@code null} at restricted. */
    static PssLevel next(PssLevel level) {
      return switch (level) {
        case PRIVILEGED -> PssLevel.BASELINE;
        case BASELINE -> PssLevel.RESTRICTED;
        case RESTRICTED -> null;
      };
    }

    private static List<Blocker> failing(
        List<PodSpecRef> workloads, List<PssPod> pods, PssPolicy policy) {
      List<Blocker> out = new ArrayList<>();
      for (int i = 0; i < pods.size(); i++) {
        PssResult result = pods.get(i).evaluate(policy);
        if (!result.allowed()) {
          out.add(new Blocker(workloads.get(i).owner(), result));
        }
      }
      return out;
    }

    /** The labels that enforce what passes today and warn and audit at restricted. */
    Map<String, String> labels() {
      Map<String, String> labels = new LinkedHashMap<>();
      labels.put(PssMode.ENFORCE.levelLabel(), strictest.label());
      labels.put(PssMode.ENFORCE.versionLabel(), version.toString());
      for (PssMode mode : List.of(PssMode.WARN, PssMode.AUDIT)) {
        labels.put(mode.levelLabel(), PssLevel.RESTRICTED.label());
        labels.put(mode.versionLabel(), version.toString());
      }
      return labels;
    }

    String kubectl() {
      StringBuilder command =
          new StringBuilder("kubectl label --overwrite namespace ").append(namespace);
      labels().forEach((k, v) -> command.append(' ').append(k).append('=').append(v));
      return command.toString();
    }
  }

  /** A workload and why it fails a policy. */
  record Blocker(Resource resource, PssResult result) {}

  private static String json(List<Plan> plans, PssInput input) {
    ObjectNode root = PssJson.object();
    ArrayNode list = root.putArray("namespaces");
    for (Plan plan : plans) {
      ObjectNode node = list.addObject();
      node.put("name", plan.namespace());
      node.put("found", plan.found());
      node.put("workloads", plan.workloads());
      ObjectNode current = node.putObject("current");
      for (PssMode mode : PssMode.values()) {
        current.put(mode.label(), plan.current().policy(mode).toString());
      }
      ArrayNode errors = node.putArray("labelErrors");
      plan.current().labelErrors().forEach(errors::add);
      node.put("version", plan.version().toString());
      node.put("strictestPassing", plan.strictest().label());
      ObjectNode labels = node.putObject("labels");
      plan.labels().forEach(labels::put);
      node.put("command", plan.kubectl());
      PssLevel next = Plan.next(plan.strictest());
      node.put("nextLevel", next == null ? null : next.label());
      node.set("blocking", blockers(plan.blocking()));
      node.set("violatingCurrentEnforce", blockers(plan.violatingCurrent()));
    }
    root.set("errors", PssJson.errors(input.diagnostics()));
    root.set("warnings", PssJson.warnings(input.diagnostics()));
    return PssJson.pretty(root);
  }

  private static ArrayNode blockers(List<Blocker> blockers) {
    ArrayNode out = PssJson.object().arrayNode();
    for (Blocker b : blockers) {
      ObjectNode node = out.addObject();
      node.set("object", PssJson.objectRef(b.resource().ref()));
      node.set("location", PssJson.location(b.resource().locate(JsonPointer.ROOT)));
      ArrayNode reasons = node.putArray("reasons");
      b.result().violations().forEach(v -> reasons.add(v.reason()));
      node.put("message", b.result().message());
    }
    return out;
  }

  private static String table(List<Plan> plans, PssInput input) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format("%-24s %9s  %-20s %s%n", "NAMESPACE", "WORKLOADS", "ENFORCE NOW", "PASSES"));
    for (Plan p : plans) {
      out.append(
          String.format(
              "%-24s %9d  %-20s %s%n",
              p.namespace(), p.workloads(), p.current().enforce(), p.strictest().label()));
    }
    for (Plan p : plans) {
      out.append('\n').append(p.namespace());
      out.append(p.found() ? "" : " (no Namespace object in the input; upstream defaults apply)");
      out.append('\n');
      p.current().labelErrors().forEach(e -> out.append("  label error: ").append(e).append('\n'));
      if (!p.violatingCurrent().isEmpty()) {
        out.append(
            String.format(
                "  %d of %d already violate the current enforce level %s:%n",
                p.violatingCurrent().size(), p.workloads(), p.current().enforce()));
        list(out, p.violatingCurrent());
      }
      out.append("  ").append(verdict(p)).append('\n');
      list(out, p.blocking());
      out.append("  ").append(p.kubectl()).append('\n');
    }
    input
        .diagnostics()
        .forEach(
            d ->
                out.append(d.level().name().toLowerCase(java.util.Locale.ROOT))
                    .append(": ")
                    .append(d.location())
                    .append(": ")
                    .append(d.message())
                    .append('\n'));
    return out.toString();
  }

  /** How far the namespace can go today, and what the blockers below block. */
  private static String verdict(Plan p) {
    String at = ":" + p.version();
    return switch (p.strictest()) {
      case RESTRICTED -> String.format("all %d pass restricted%s", p.workloads(), at);
      case BASELINE ->
          String.format(
              "all %d pass baseline%s; %d block restricted%s:",
              p.workloads(), at, p.blocking().size(), at);
      case PRIVILEGED ->
          String.format(
              "%d of %d fail baseline%s, so enforce can only be privileged until they are fixed:",
              p.blocking().size(), p.workloads(), at);
    };
  }

  private static void list(StringBuilder out, List<Blocker> blockers) {
    for (Blocker b : blockers) {
      out.append("    ")
          .append(b.resource().ref())
          .append(" (")
          .append(b.resource().locate(JsonPointer.ROOT))
          .append("): ")
          .append(b.result().forbiddenReasons())
          .append('\n');
    }
  }
}
