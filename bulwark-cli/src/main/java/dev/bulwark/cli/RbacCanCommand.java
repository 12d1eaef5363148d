package dev.bulwark.cli;

import dev.bulwark.analysis.rbac.Decision;
import dev.bulwark.analysis.rbac.Grant;
import dev.bulwark.analysis.rbac.Identity;
import dev.bulwark.analysis.rbac.Request;
import dev.bulwark.analysis.rbac.Subject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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

/** {@code bulwark rbac can}: yes or no, with the rules that allow it (like kubectl auth can-i). */
@Command(
    name = "can",
    mixinStandardHelpOptions = true,
    description =
        "Say whether a subject may make a request, and which bindings and rules allow it.",
    footer = {
      "",
      "SUBJECT is user:NAME (add --group for each of its groups), group:NAME (some member of it)"
          + " or",
      "sa:NAMESPACE:NAME. Implicit groups are added as the API server adds them.",
      "",
      "Exit codes: 0 yes, 1 no, 2 bad input or usage (like kubectl auth can-i).",
      "",
      "Examples:",
      "  bulwark rbac can sa:ci:deployer create deployments -n prod k8s/",
      "  bulwark rbac can user:alice --group devs get secrets -n team k8s/"
    })
final class RbacCanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SUBJECT",
      description = "user:NAME, group:NAME or sa:NAMESPACE:NAME")
  String subject;

  @Parameters(index = "1", paramLabel = "VERB")
  String verb;

  @Parameters(
      index = "2..*",
      arity = "0..*",
      paramLabel = "RESOURCE PATH",
      description =
          "RESOURCE[/SUBRESOURCE] (or RESOURCE.GROUP, or a /url), then files or folders; - reads"
              + " stdin.")
  List<String> rest = new ArrayList<>();

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      description = "The request's namespace.")
  String namespace;

  @Option(names = "--name", paramLabel = "NAME", description = "The object's name.")
  String name;

  @Option(
      names = "--api-group",
      paramLabel = "GROUP",
      description = "The resource's API group (\"\" for core).")
  String apiGroup;

  @Option(
      names = "--non-resource-url",
      paramLabel = "URL",
      description = "Ask about a URL such as /metrics.")
  String url;

  @Option(
      names = "--group",
      paramLabel = "GROUP",
      description = "A group of the user (repeat for several).")
  List<String> groups = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin RbacInput input;

  @Override
  public Integer call() {
    RbacFormat.check(spec, format, List.of("table", "json"));
    Subject who = RbacRequests.subject(spec, subject);
    if (!groups.isEmpty() && !who.kind().equals(Subject.USER)) {
      throw new ParameterException(spec.commandLine(), "--group applies to user: subjects only");
    }
    List<String> notes = new ArrayList<>();
    RbacRequests.Parsed parsed =
        RbacRequests.parse(spec, verb, rest, url, namespace, name, apiGroup, notes);
    List<String> paths = parsed.paths();
    Request request = parsed.request();
    RbacInput.Loaded loaded = input.load(paths);
    Identity identity = RbacRequests.identity(who, groups);
    Decision decision = loaded.model().authorize(identity, request);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    notes.forEach(n -> err.println("note: " + n));
    loaded.report(err);
    if (format.equals("json")) {
      out.print(RbacJson.pretty(json(who, identity, request, decision)));
    } else {
      out.println(decision.allowed() ? "yes" : "no");
      if (decision.privileged()) {
        out.println(
            "allowed: member of system:masters, which the API server allows everything outside"
                + " RBAC");
      }
      for (Grant g : decision.grants()) {
        out.println(g.explain());
      }
      if (!decision.allowed()) {
        out.printf("no RBAC rule allows %s for %s%n", request, identity);
      }
    }
    out.flush();
    if (loaded.hasErrors()) {
      return ExitCodes.BAD_INPUT;
    }
    return decision.allowed() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
  }

  private static ObjectNode json(
      Subject who, Identity identity, Request request, Decision decision) {
    ObjectNode root = RbacJson.object();
    root.put("allowed", decision.allowed());
    root.put("privileged", decision.privileged());
    ObjectNode subject = RbacJson.subject(who);
    ArrayNode groups = subject.putArray("groups");
    identity.groups().stream().sorted().forEach(groups::add);
    root.set("subject", subject);
    root.set("request", RbacJson.request(request));
    ArrayNode grants = root.putArray("grants");
    for (Grant g : decision.grants()) {
      ObjectNode node = RbacJson.via(g);
      node.put("reason", g.reason());
      grants.add(node);
    }
    return root;
  }
}
