package dev.bulwark.cli;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.pss.PssLevel;
import dev.bulwark.checks.pss.PssMode;
import dev.bulwark.checks.pss.PssNamespacePolicy;
import dev.bulwark.checks.pss.PssPod;
import dev.bulwark.checks.pss.PssPolicy;
import dev.bulwark.checks.pss.PssResult;
import dev.bulwark.checks.pss.PssVersion;
import dev.bulwark.checks.pss.PssViolation;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * {@code bulwark pss}: what Pod Security Admission would say about every pod and pod template, with
 * upstream's verdicts and messages. With {@code --level}, at that level and version; without it, as
 * each object's namespace labels (enforce, audit, warn) say.
 */
@Command(
    name = "pss",
    subcommands = {PssNamespacesCommand.class},
    description = {
      "Evaluate pods and pod templates against the Pod Security Standards, exactly as the"
          + " Kubernetes Pod Security Admission controller does.",
      "With --level: at that level and --version. Without: as each object's namespace labels"
          + " (pod-security.kubernetes.io/enforce, audit, warn) in the same input say."
    },
    footer = {
      "",
      "Exit codes: 0 all allowed, 1 any denied (without --level: any rejected by enforce;"
          + " for pod templates, their pods), 2 bad input or usage."
    })
final class PssCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Not mixinStandardHelpOptions: its -V/--version would clash with the policy --version.
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or folders (.yaml, .yml, .json; folders recursively); - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "privileged, baseline or restricted. Omit to use namespace labels.")
  String level;

  @Option(
      names = "--version",
      paramLabel = "VERSION",
      description = "Policy version with --level: v1.N or latest (default: latest).")
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
    if (paths.isEmpty()) {
      // Optional for picocli so that `pss namespaces PATH` parses; required here.
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
    }
    boolean json = output.json(spec);
    PssPolicy policy = policy();
    PssInput input =
        PssInput.of(new ManifestLoader(loaderOptions.limits()).load(paths), defaultNamespace);
    List<Evaluated> results = new ArrayList<>(input.workloads().size());
    for (PodSpecRef workload : input.workloads()) {
      results.add(evaluate(input, workload, policy));
    }
    output.write(spec, json ? json(results, input) : table(results, input, policy));
    if (input.hasErrors()) {
      return ExitCodes.BAD_INPUT;
    }
    return results.stream().allMatch(r -> r.enforced().allowed())
        ? ExitCodes.CLEAN
        : ExitCodes.FINDINGS;
  }

  /** The --level policy, or {@code null} for namespace-label mode. */
  private PssPolicy policy() {
    if (level == null) {
      if (version != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--version needs --level; without --level each namespace's labels set the version");
      }
      return null;
    }
    try {
      return new PssPolicy(
          PssLevel.parse(level), version == null ? PssVersion.LATEST : PssVersion.parse(version));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static Evaluated evaluate(PssInput input, PodSpecRef workload, PssPolicy policy) {
    PssPod pod = PssPod.of(workload);
    Resource resource = workload.owner();
    if (policy != null) {
      return new Evaluated(resource, null, null, Map.of(PssMode.ENFORCE, pod.evaluate(policy)));
    }
    String namespace = input.namespaceOf(resource);
    PssNamespacePolicy namespacePolicy = input.policyOf(namespace);
    Map<PssMode, PssResult> modes = new EnumMap<>(PssMode.class);
    for (PssMode mode : PssMode.values()) {
      PssPolicy p = namespacePolicy.policy(mode);
      // Upstream evaluates a level and version once even when two modes share it.
      PssResult same =
          modes.values().stream().filter(r -> r.policy().equals(p)).findFirst().orElse(null);
      modes.put(mode, same != null ? same : pod.evaluate(p));
    }
    return new Evaluated(resource, namespace, namespacePolicy, modes);
  }

  /**
   * One object's verdicts: at the --level policy (stored as enforce), or per namespace mode.
   *
   * @param namespace the namespace whose labels applied, or {@code null} with --level
   * @param namespacePolicy what those labels resolved to, or {@code null} with --level
   */
  record Evaluated(
      Resource resource,
      String namespace,
      PssNamespacePolicy namespacePolicy,
      Map<PssMode, PssResult> modes) {

    PssResult enforced() {
      return modes.get(PssMode.ENFORCE);
    }

    boolean isPod() {
      return "Pod".equals(resource.kind());
    }

    boolean anyDenied() {
      return modes.values().stream().anyMatch(r -> !r.allowed());
    }
  }

  private String json(List<Evaluated> results, PssInput input) {
    ObjectNode root = PssJson.object();
    ArrayNode list = root.putArray("results");
    for (Evaluated e : results) {
      ObjectNode node = list.addObject();
      node.set("object", PssJson.objectRef(e.resource().ref()));
      node.set("location", PssJson.location(e.resource().locate(JsonPointer.ROOT)));
      PssJson.putResult(node, e.enforced(), false);
      if (e.namespacePolicy() != null) {
        ObjectNode namespace = node.putObject("namespace");
        namespace.put("name", e.namespace());
        namespace.put("found", input.namespace(e.namespace()).isPresent());
        ArrayNode errors = namespace.putArray("labelErrors");
        e.namespacePolicy().labelErrors().forEach(errors::add);
        ObjectNode modes = node.putObject("modes");
        for (PssMode mode : PssMode.values()) {
          PssJson.putResult(
              modes.putObject(mode.label()), e.modes().get(mode), mode != PssMode.ENFORCE);
        }
      }
    }
    root.set("errors", PssJson.errors(input.diagnostics()));
    root.set("warnings", PssJson.warnings(input.diagnostics()));
    return PssJson.pretty(root);
  }

  private static String table(List<Evaluated> results, PssInput input, PssPolicy policy) {
    StringBuilder out = new StringBuilder();
    for (Evaluated e : results) {
      if (!e.anyDenied()) {
        continue;
      }
      Location where = e.resource().locate(JsonPointer.ROOT);
      if (policy != null) {
        out.append("DENIED  ").append(e.resource().ref()).append("  ").append(where).append('\n');
        violations(out, e.resource(), e.enforced(), "        ");
        continue;
      }
      out.append(e.resource().ref()).append("  ").append(where).append('\n');
      for (String error : e.namespacePolicy().labelErrors()) {
        out.append("  label error: ").append(error).append('\n');
      }
      for (PssMode mode : PssMode.values()) {
        PssResult r = e.modes().get(mode);
        out.append(
            String.format("  %-7s  %-18s  %s%n", mode, r.policy(), outcome(mode, r, e.isPod())));
        if (!r.allowed() && (mode == PssMode.ENFORCE || !sameAsEnforce(e, r))) {
          violations(out, e.resource(), r, "      ");
        }
      }
    }
    for (Diagnostic d : input.diagnostics()) {
      out.append(d.level().name().toLowerCase(java.util.Locale.ROOT))
          .append(": ")
          .append(d.location())
          .append(": ")
          .append(d.message())
          .append('\n');
    }
    out.append(summary(results, input, policy)).append('\n');
    return out.toString();
  }

  private static boolean sameAsEnforce(Evaluated e, PssResult r) {
    return r == e.enforced();
  }

  private static void violations(
      StringBuilder out, Resource resource, PssResult result, String indent) {
    for (PssViolation v : result.violations()) {
      Location at =
          resource.locate(v.pointers().isEmpty() ? JsonPointer.ROOT : v.pointers().get(0));
      out.append(indent)
          .append(String.format("%-26s", v.check().id()))
          .append(" line ")
          .append(String.format("%-5d", at.line()))
          .append(' ')
          .append(v.describe())
          .append('\n');
    }
  }

  /** What a mode does to the object, in words. */
  private static String outcome(PssMode mode, PssResult r, boolean pod) {
    if (r.allowed()) {
      return switch (mode) {
        case ENFORCE -> pod ? "admitted" : "pods admitted";
        case AUDIT -> "no audit annotation";
        case WARN -> "no warning";
      };
    }
    return switch (mode) {
      case ENFORCE -> pod ? "rejected" : "pods rejected (the template itself is admitted)";
      case AUDIT -> "audit annotation: would violate";
      case WARN -> "warning: would violate";
    };
  }

  private static String summary(List<Evaluated> results, PssInput input, PssPolicy policy) {
    long denied = results.stream().filter(r -> !r.enforced().allowed()).count();
    String errors =
        input.hasErrors()
            ? ", "
                + input.diagnostics().stream().filter(Diagnostic::isError).count()
                + " input errors"
            : "";
    if (policy != null) {
      return String.format(
          "%d pods and pod templates: %d allowed, %d denied at %s%s",
          results.size(), results.size() - denied, denied, policy, errors);
    }
    long warned = results.stream().filter(r -> !r.modes().get(PssMode.WARN).allowed()).count();
    long audited = results.stream().filter(r -> !r.modes().get(PssMode.AUDIT).allowed()).count();
    return String.format(
        "%d pods and pod templates: %d rejected by enforce, %d warned, %d audited%s",
        results.size(), denied, warned, audited, errors);
  }
}
