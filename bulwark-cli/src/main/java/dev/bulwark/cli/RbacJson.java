package dev.bulwark.cli;

import dev.bulwark.report.Json;
import dev.bulwark.analysis.rbac.EscalationNode;
import dev.bulwark.analysis.rbac.Grant;
import dev.bulwark.analysis.rbac.RbacIssue;
import dev.bulwark.analysis.rbac.RbacRef;
import dev.bulwark.analysis.rbac.Request;
import dev.bulwark.analysis.rbac.Subject;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shapes of the rbac commands, printed the way the JSON report is (two-space indent,
 * "\n").
 */
final class RbacJson {
  private RbacJson() {}

  static ObjectNode object() {
    return Json.object();
  }

  static String pretty(JsonNode node) {
    return Json.pretty(node);
  }

  /** {@code {"kind","namespace","name"}}; namespace {@code null} when cluster-scoped. */
  static ObjectNode ref(RbacRef ref) {
    ObjectNode node = object();
    node.put("kind", ref.kind());
    node.put("namespace", ref.namespace());
    node.put("name", ref.name());
    return node;
  }

  /** {@code {"kind","name","namespace"}}; namespace {@code null} for users and groups. */
  static ObjectNode subject(Subject s) {
    ObjectNode node = object();
    node.put("kind", s.kind());
    node.put("name", s.name());
    node.put("namespace", s.namespace());
    return node;
  }

  /**
   * {@code {"binding":{...},"role":{...},"rule":"..."}}, plus where an aggregated rule comes from.
   */
  static ObjectNode via(Grant g) {
    ObjectNode node = object();
    node.set("binding", ref(g.binding().ref()));
    node.set("role", ref(g.role()));
    node.put("rule", g.rule().rule().compact());
    if (!g.rule().origin().equals(g.role())) {
      node.set("ruleFrom", ref(g.rule().origin()));
    }
    return node;
  }

  static ObjectNode request(Request r) {
    ObjectNode node = object();
    node.put("verb", r.verb());
    if (r.isResourceRequest()) {
      node.put("apiGroup", r.apiGroup());
      node.put("resource", r.resource());
      node.put("subresource", r.subresource().isEmpty() ? null : r.subresource());
      node.put("name", r.name().isEmpty() ? null : r.name());
      node.put("namespace", r.namespace().isEmpty() ? null : r.namespace());
    } else {
      node.put("nonResourceURL", r.path());
    }
    return node;
  }

  static ArrayNode issues(List<RbacIssue> issues) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (RbacIssue i : issues) {
      ObjectNode node = object();
      node.put("kind", i.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      node.set("object", ref(i.object()));
      node.put("message", i.message());
      out.add(node);
    }
    return out;
  }

  /** An escalation node: an identity as a subject, anything else by its kind. */
  static ObjectNode node(EscalationNode n) {
    if (n.isIdentity()) {
      return subject(n.subject());
    }
    ObjectNode node = object();
    node.put("kind", n.kind());
    node.put("name", n.toString());
    node.put("namespace", n.namespace());
    return node;
  }
}
