package dev.bulwark.cli;

import dev.bulwark.analysis.rbac.Grant;
import dev.bulwark.analysis.rbac.Request;
import dev.bulwark.analysis.rbac.SubjectAccess;
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

/** {@code bulwark rbac who-can}: every subject allowed to make a request, and why. */
@Command(
    name = "who-can",
    mixinStandardHelpOptions = true,
    description =
        "List every User, Group and ServiceAccount allowed to make a request, with the binding and"
            + " role that allow it.",
    footer = {
      "",
      "Without -n the request is cluster-wide (e.g. list secrets in all namespaces at once); -A"
          + " asks",
      "whether a subject can do it in at least one namespace. system:masters is always listed: it"
          + " is",
      "allowed everything outside RBAC.",
      "",
      "Exit codes: 0 answered, 2 bad input or usage.",
      "",
      "Examples:",
      "  bulwark rbac who-can get secrets -n kube-system manifests/",
      "  bulwark rbac who-can create pods/exec -n web --with-defaults k8s/",
      "  bulwark rbac who-can get /metrics k8s/ -f json"
    })
final class RbacWhoCanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "VERB",
      description = "e.g. get, list, create, impersonate, *")
  String verb;

  @Parameters(
      index = "1..*",
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

  @Option(
      names = {"-A", "--all-namespaces"},
      description = "Allowed in at least one namespace (or cluster-wide).")
  boolean allNamespaces;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The object's name (matters for resourceNames rules).")
  String name;

  @Option(
      names = "--api-group",
      paramLabel = "GROUP",
      description = "The resource's API group (\"\" for core).")
  String apiGroup;

  @Option(
      names = "--non-resource-url",
      paramLabel = "URL",
      description = "Ask about a URL such as /metrics instead of a resource.")
  String url;

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
    if (allNamespaces && namespace != null) {
      throw new ParameterException(spec.commandLine(), "Use either -n or -A, not both");
    }
    List<String> notes = new ArrayList<>();
    RbacRequests.Parsed parsed =
        RbacRequests.parse(spec, verb, rest, url, namespace, name, apiGroup, notes);
    List<String> paths = parsed.paths();
    Request request = parsed.request();
    RbacInput.Loaded loaded = input.load(paths);
    List<SubjectAccess> answer =
        allNamespaces
            ? loaded.model().whoCanInAnyNamespace(request)
            : loaded.model().whoCan(request);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    notes.forEach(n -> err.println("note: " + n));
    loaded.report(err);
    if (format.equals("json")) {
      out.print(RbacJson.pretty(json(request, answer, loaded)));
    } else {
      table(out, request, answer);
    }
    out.flush();
    return loaded.hasErrors() ? ExitCodes.BAD_INPUT : ExitCodes.CLEAN;
  }

  private void table(PrintWriter out, Request request, List<SubjectAccess> answer) {
    String scope = allNamespaces && request.isResourceRequest() ? " in any namespace" : "";
    out.printf(
        "Who can %s%s: %d subject%s%n",
        request, scope, answer.size(), answer.size() == 1 ? "" : "s");
    List<List<String>> rows = new ArrayList<>();
    for (SubjectAccess s : answer) {
      String ns = s.subject().namespace() == null ? "" : s.subject().namespace();
      List<String> vias = new ArrayList<>();
      if (s.privileged()) {
        vias.add("member of system:masters (allowed everything outside RBAC)");
      }
      s.via().forEach(g -> vias.add(RbacText.via(g)));
      for (int i = 0; i < vias.size(); i++) {
        rows.add(
            i == 0
                ? List.of(s.subject().kind(), ns, s.subject().name(), vias.get(i))
                : List.of("", "", "", vias.get(i)));
      }
    }
    RbacText.table(out, List.of("KIND", "NAMESPACE", "NAME", "VIA"), rows);
  }

  private static ObjectNode json(
      Request request, List<SubjectAccess> answer, RbacInput.Loaded loaded) {
    ObjectNode root = RbacJson.object();
    root.set("request", RbacJson.request(request));
    ArrayNode subjects = root.putArray("subjects");
    for (SubjectAccess s : answer) {
      ObjectNode node = RbacJson.subject(s.subject());
      node.put("privileged", s.privileged());
      ArrayNode via = node.putArray("via");
      for (Grant g : s.via()) {
        via.add(RbacJson.via(g));
      }
      subjects.add(node);
    }
    root.set("issues", RbacJson.issues(loaded.model().issues()));
    return root;
  }
}
