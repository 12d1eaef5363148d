package dev.bulwark.cli;

import dev.bulwark.analysis.rbac.Identity;
import dev.bulwark.analysis.rbac.KnownResources;
import dev.bulwark.analysis.rbac.Request;
import dev.bulwark.analysis.rbac.Subject;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns command-line words into the authorizer's request attributes and subjects. */
final class RbacRequests {
  private RbacRequests() {}

  /** The request a command line asks about, and the paths that follow it. */
  record Parsed(Request request, List<String> paths) {}

  /**
   * Reads {@code RESOURCE[/SUB] PATH...}, or only {@code PATH...} when {@code --non-resource-url}
   * is given.
   */
  static Parsed parse(
      CommandSpec spec,
      String verb,
      List<String> rest,
      String url,
      String namespace,
      String name,
      String apiGroup,
      List<String> notes) {
    if (url != null) {
      return new Parsed(Request.nonResource(verb, url), rest);
    }
    if (rest.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "Missing RESOURCE (or --non-resource-url URL)");
    }
    return new Parsed(
        resolve(spec, verb, rest.get(0), namespace, name, apiGroup, notes),
        rest.subList(1, rest.size()));
  }

  /**
   * The request for {@code VERB RESOURCE[/SUB]} (or a URL): the group from --api-group, a {@code
   * resource.group} suffix, or the built-in table; cluster-scoped resources carry no namespace;
   * {@code get namespaces --name X} is a request in namespace X.
   */
  static Request resolve(
      CommandSpec spec,
      String verb,
      String resource,
      String namespace,
      String name,
      String apiGroup,
      List<String> notes) {
    if (resource.startsWith("/")) {
      return Request.nonResource(verb, resource);
    }
    String res = resource;
    String group = apiGroup;
    int dot = res.indexOf('.');
    int slash = res.indexOf('/');
    if (dot > 0 && (slash < 0 || dot < slash)) {
      String sub = slash < 0 ? "" : res.substring(slash);
      if (group == null) {
        group = res.substring(dot + 1, slash < 0 ? res.length() : slash);
      }
      res = res.substring(0, dot) + sub;
    }
    Optional<KnownResources.Info> known = KnownResources.lookup(res);
    if (group == null) {
      group = known.map(KnownResources.Info::group).orElse("");
      if (known.isEmpty()) {
        notes.add(
            "'"
                + res
                + "' is not a built-in resource: assuming the core API group (use --api-group or"
                + " RESOURCE.GROUP)");
      }
    }
    String ns = namespace == null ? "" : namespace;
    if (known.isPresent() && !known.get().namespaced() && group.equals(known.get().group())) {
      if (res.equals("namespaces") && name != null && !name.isEmpty()) {
        ns = name; // a request for one Namespace object carries its name as namespace
      } else {
        if (!ns.isEmpty()) {
          notes.add(
              res
                  + " are cluster-scoped: requests for them carry no namespace, so -n "
                  + ns
                  + " is ignored");
        }
        ns = "";
      }
    }
    if (verb.isBlank() || res.isBlank()) {
      throw new ParameterException(spec.commandLine(), "VERB and RESOURCE must not be empty");
    }
    return Request.resource(verb, group, res, ns, name);
  }

  /** {@code user:NAME}, {@code group:NAME} or {@code sa:NAMESPACE:NAME}. */
  static Subject subject(CommandSpec spec, String text) {
    int colon = text.indexOf(':');
    String kind = colon < 0 ? "" : text.substring(0, colon);
    String rest = colon < 0 ? "" : text.substring(colon + 1);
    switch (kind) {
      case "user":
        if (!rest.isEmpty()) {
          return Subject.user(rest);
        }
        break;
      case "group":
        if (!rest.isEmpty()) {
          return Subject.group(rest);
        }
        break;
      case "sa":
      case "serviceaccount":
        int second = rest.indexOf(':');
        if (second > 0 && second < rest.length() - 1) {
          return Subject.serviceAccount(rest.substring(0, second), rest.substring(second + 1));
        }
        break;
      default:
        break;
    }
    throw new ParameterException(
        spec.commandLine(),
        "Invalid subject '" + text + "' (expected user:NAME, group:NAME or sa:NAMESPACE:NAME)");
  }

  /** The identity a subject authenticates as, with extra groups for a user. */
  static Identity identity(Subject subject, List<String> groups) {
    if (subject.kind().equals(Subject.USER)) {
      return Identity.user(subject.name(), groups);
    }
    return Identity.of(subject);
  }
}
