package dev.bulwark.cli;

import dev.bulwark.analysis.rbac.EscalationGraph;
import dev.bulwark.analysis.rbac.EscalationNode;
import dev.bulwark.analysis.rbac.EscalationPath;
import dev.bulwark.analysis.rbac.Grant;
import dev.bulwark.analysis.rbac.RbacAnalysis;
import dev.bulwark.analysis.rbac.Subject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code bulwark rbac paths}: chains of grants that lead an identity to full control. */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    description = {
      "Find privilege-escalation paths to cluster-admin: for every identity that is not already an",
      "admin, the shortest chain of grants (create pods as a ServiceAccount, read its token, exec"
          + " into",
      "its pod, impersonate, bind or escalate roles, approve a client certificate, ...)."
    },
    footer = {
      "",
      "Exit codes: 0 no path, 1 paths found, 2 bad input or usage.",
      "",
      "Examples:",
      "  bulwark rbac paths k8s/",
      "  bulwark rbac paths k8s/ --from user:alice -f json",
      "  bulwark rbac paths k8s/ -f dot | dot -Tsvg > paths.svg"
    })
final class RbacPathsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders; - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "SUBJECT",
      description = "Only the path from this subject (user:, group:, sa:).")
  String from;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table, json or dot (default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin RbacInput input;

  @Override
  public Integer call() {
    RbacFormat.check(spec, format, List.of("table", "json", "dot"));
    Subject start = from == null ? null : RbacRequests.subject(spec, from);
    RbacInput.Loaded loaded = input.load(paths);
    EscalationGraph graph = RbacAnalysis.of(loaded.model(), loaded.inventory()).escalation();
    List<EscalationPath> found =
        start == null ? graph.paths() : graph.pathFrom(start).map(List::of).orElse(List.of());
    PrintWriter out = spec.commandLine().getOut();
    loaded.report(spec.commandLine().getErr());
    switch (format) {
      case "json" -> out.print(RbacJson.pretty(json(found)));
      case "dot" -> out.print(dot(found));
      default -> text(out, found);
    }
    out.flush();
    if (loaded.hasErrors()) {
      return ExitCodes.BAD_INPUT;
    }
    return found.isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
  }

  private static void text(PrintWriter out, List<EscalationPath> found) {
    out.printf(
        "%d escalation path%s to cluster-admin%n", found.size(), found.size() == 1 ? "" : "s");
    int n = 1;
    for (EscalationPath p : found) {
      out.printf(
          "%n%d. %s (%d hop%s)%n",
          n++, p.start(), p.hops().size(), p.hops().size() == 1 ? "" : "s");
      for (EscalationPath.Hop hop : p.hops()) {
        out.printf("   %s -> %s: %s%n", hop.from(), hop.to(), hop.how());
        if (hop.grant() != null) {
          out.printf(
              "      via %s (rule %s)%n",
              RbacText.via(hop.grant()), hop.grant().rule().rule().compact());
        }
      }
    }
  }

  private static ObjectNode json(List<EscalationPath> found) {
    ObjectNode root = RbacJson.object();
    ArrayNode paths = root.putArray("paths");
    for (EscalationPath p : found) {
      ObjectNode path = RbacJson.object();
      path.set("from", RbacJson.node(p.start()));
      path.set("to", RbacJson.node(p.end()));
      ArrayNode hops = path.putArray("hops");
      for (EscalationPath.Hop hop : p.hops()) {
        ObjectNode h = RbacJson.object();
        h.set("from", RbacJson.node(hop.from()));
        h.set("to", RbacJson.node(hop.to()));
        h.put("how", hop.how());
        Grant g = hop.grant();
        if (g == null) {
          h.putNull("via");
        } else {
          h.set("via", RbacJson.via(g));
        }
        hops.add(h);
      }
      paths.add(path);
    }
    return root;
  }

  /** Graphviz: one node per identity on some path, one labelled edge per distinct hop. */
  static String dot(List<EscalationPath> found) {
    Map<EscalationNode, String> ids = new LinkedHashMap<>();
    Set<String> edges = new LinkedHashSet<>();
    for (EscalationPath p : found) {
      for (EscalationPath.Hop hop : p.hops()) {
        String a = ids.computeIfAbsent(hop.from(), k -> "n" + ids.size());
        String b = ids.computeIfAbsent(hop.to(), k -> "n" + ids.size());
        String label =
            escape(hop.how())
                + (hop.grant() == null ? "" : "\\n" + escape(RbacText.via(hop.grant())));
        edges.add("  " + a + " -> " + b + " [label=\"" + label + "\"];");
      }
    }
    StringBuilder sb =
        new StringBuilder(
            "digraph escalation {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n");
    ids.forEach(
        (node, id) ->
            sb.append("  ")
                .append(id)
                .append(" [label=\"")
                .append(escape(node.toString()))
                .append('"')
                .append(
                    node.equals(EscalationNode.ADMIN)
                        ? ", style=filled, fillcolor=\"#f4cccc\""
                        : "")
                .append("];\n"));
    edges.forEach(e -> sb.append(e).append('\n'));
    return sb.append("}\n").toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
