package dev.bulwark.checks.pss;

import dev.bulwark.api.ContainerKind;
import tools.jackson.databind.JsonNode;

/** One container of a pod as Pod Security sees it: its name, security context and raw node. */
final class PssContainer {
  final ContainerKind kind;
  final int index;

  /** The name as written; Go's zero value (empty) when absent. */
  final String name;

  final SecurityFacts security;

  /** The container object, for the fields only one check reads (ports, probes). */
  final JsonNode node;

  PssContainer(ContainerKind kind, int index, JsonNode node) {
    this.kind = kind;
    this.index = index;
    this.node = node;
    this.name = GoJson.string(node, "name");
    this.security = SecurityFacts.of(node);
  }
}
