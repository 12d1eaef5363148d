package dev.bulwark.cli;

import dev.bulwark.analysis.rbac.Grant;
import dev.bulwark.analysis.rbac.Identity;
import dev.bulwark.analysis.rbac.KnownResources;
import dev.bulwark.analysis.rbac.PolicyRule;
import dev.bulwark.analysis.rbac.Subject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

/** {@code bulwark rbac list}: a subject's effective permissions, merged, with their sources. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "List what a subject may do, per scope, merged by resource (like kubectl auth can-i --list,"
            + " offline, with sources).",
    footer = {
      "",
      "Rules that cannot take effect are left out: cluster-scoped resources and URLs held through"
          + " a",
      "RoleBinding (its namespace is the only one it reaches).",
      "",
      "Exit codes: 0 listed, 2 bad input or usage.",
      "",
      "Example:",
      "  bulwark rbac list sa:argocd:argocd-server manifests/ --default-namespace argocd"
    })
final class RbacListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SUBJECT",
      description = "user:NAME, group:NAME or sa:NAMESPACE:NAME")
  String subject;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files or folders; - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      description = "Only cluster-wide permissions and those in NS.")
  String namespace;

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

  /** One merged line: what, where, and which verbs through which grants. */
  private record Key(String scope, String group, String resource, String url, List<String> names) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing((Key k) -> k.scope == null ? "" : "~" + k.scope)
          .thenComparing(k -> k.url == null ? "" : "~" + k.url)
          .thenComparing(k -> k.resource == null ? "" : k.resource)
          .thenComparing(k -> k.group == null ? "" : k.group)
          .thenComparing(k -> String.join(",", k.names));

  @Override
  public Integer call() {
    RbacFormat.check(spec, format, List.of("table", "json"));
    Subject who = RbacRequests.subject(spec, subject);
    if (!groups.isEmpty() && !who.kind().equals(Subject.USER)) {
      throw new ParameterException(spec.commandLine(), "--group applies to user: subjects only");
    }
    RbacInput.Loaded loaded = input.load(paths);
    Identity identity = RbacRequests.identity(who, groups);
    Map<Key, Set<String>> verbs = new TreeMap<>(ORDER);
    Map<Key, Set<Grant>> vias = new TreeMap<>(ORDER);
    for (Grant g : loaded.model().grantsOf(identity)) {
      String scope = g.binding().isClusterWide() ? null : g.binding().namespace();
      if (namespace != null && scope != null && !scope.equals(namespace)) {
        continue;
      }
      for (Key key : keys(g.rule().rule(), scope)) {
        verbs.computeIfAbsent(key, k -> new TreeSet<>()).addAll(g.rule().rule().verbs());
        vias.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(g);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    loaded.report(spec.commandLine().getErr());
    if (format.equals("json")) {
      out.print(RbacJson.pretty(json(who, identity, verbs, vias, loaded)));
    } else {
      table(out, identity, who, verbs, vias);
    }
    out.flush();
    return loaded.hasErrors() ? ExitCodes.BAD_INPUT : ExitCodes.CLEAN;
  }

  /**
   * The (scope, group, resource) or (scope, url) lines a rule contributes, minus what cannot apply.
   */
  private static List<Key> keys(PolicyRule rule, String scope) {
    List<Key> out = new ArrayList<>();
    if (rule.isNonResourceRule()) {
      if (scope == null) {
        rule.nonResourceURLs().forEach(u -> out.add(new Key(null, null, null, u, List.of())));
      }
      return out;
    }
    List<String> names = rule.resourceNames().stream().sorted().toList();
    for (String group : rule.apiGroups()) {
      for (String resource : rule.resources()) {
        boolean clusterScoped =
            KnownResources.lookup(resource)
                .filter(
                    i ->
                        !i.namespaced()
                            && (group.equals(i.group()) || group.equals(PolicyRule.ALL)))
                .isPresent();
        if (scope != null && clusterScoped && !resource.equals("namespaces")) {
          continue; // a RoleBinding never reaches cluster-scoped objects
        }
        out.add(new Key(scope, group, resource, null, names));
      }
    }
    return out;
  }

  private static void table(
      PrintWriter out,
      Identity identity,
      Subject who,
      Map<Key, Set<String>> verbs,
      Map<Key, Set<Grant>> vias) {
    out.printf(
        "Permissions of %s (groups: %s)%n",
        who.label(), String.join(", ", new TreeSet<>(identity.groups())));
    if (identity.isPrivileged()) {
      out.println("member of system:masters: allowed everything, outside RBAC");
    }
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<Key, Set<String>> e : verbs.entrySet()) {
      Key k = e.getKey();
      String resource =
          k.resource == null ? "" : k.resource + (k.group.isEmpty() ? "" : "." + k.group);
      List<String> via = vias.get(k).stream().map(RbacText::via).distinct().toList();
      rows.add(
          List.of(
              k.scope == null ? "cluster-wide" : k.scope,
              resource,
              k.url == null ? "" : k.url,
              k.names.isEmpty() ? "" : "[" + String.join(" ", k.names) + "]",
              "[" + String.join(" ", e.getValue()) + "]",
              String.join("; ", via)));
    }
    RbacText.table(
        out,
        List.of("SCOPE", "RESOURCE", "NON-RESOURCE URL", "RESOURCE NAMES", "VERBS", "VIA"),
        rows);
  }

  private static ObjectNode json(
      Subject who,
      Identity identity,
      Map<Key, Set<String>> verbs,
      Map<Key, Set<Grant>> vias,
      RbacInput.Loaded loaded) {
    ObjectNode root = RbacJson.object();
    ObjectNode subject = RbacJson.subject(who);
    ArrayNode groups = subject.putArray("groups");
    identity.groups().stream().sorted().forEach(groups::add);
    root.set("subject", subject);
    root.put("privileged", identity.isPrivileged());
    ArrayNode permissions = root.putArray("permissions");
    for (Map.Entry<Key, Set<String>> e : verbs.entrySet()) {
      Key k = e.getKey();
      ObjectNode p = RbacJson.object();
      p.put("scope", k.scope);
      p.put("apiGroup", k.group);
      p.put("resource", k.resource);
      p.put("nonResourceURL", k.url);
      ArrayNode names = p.putArray("resourceNames");
      k.names.forEach(names::add);
      ArrayNode v = p.putArray("verbs");
      e.getValue().forEach(v::add);
      ArrayNode via = p.putArray("via");
      vias.get(k).forEach(g -> via.add(RbacJson.via(g)));
      permissions.add(p);
    }
    root.set("issues", RbacJson.issues(loaded.model().issues()));
    return root;
  }
}
