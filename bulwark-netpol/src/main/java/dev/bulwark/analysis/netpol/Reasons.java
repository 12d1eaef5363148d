package dev.bulwark.analysis.netpol;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;

/** The reasons explanations give, worded as netpol-analyzer words them, with where they come from. */
final class Reasons {
  private Reasons() {}

  static Reason allows(NetworkPolicy p, PolicyRule rule) {
    return new Reason("NetworkPolicy", name(p) + " allows connections by " + rule.direction().label() + " rule #" + rule.number(),
        locate(p.source(), rule.pointer()));
  }

  static Reason noRules(NetworkPolicy p, Direction d, Peer selected, Peer other) {
    return new Reason("NetworkPolicy", name(p) + " selects " + selected.displayName() + ", but " + other.displayName()
        + " is not allowed by any " + d.label() + " rule (no rules defined)", locate(p.source(), JsonPointer.ROOT));
  }

  static Reason noMatchingRule(NetworkPolicy p, Direction d, Peer selected, Peer other) {
    return new Reason("NetworkPolicy", name(p) + " selects " + selected.displayName() + ", but " + other.displayName()
        + " is not allowed by any " + d.label() + " rule", locate(p.source(), JsonPointer.of("spec", d == Direction.INGRESS ? "ingress" : "egress")));
  }

  static Reason portsDoNotMatch(NetworkPolicy p, PolicyRule rule, Peer selected, Peer other) {
    return new Reason("NetworkPolicy", name(p) + " selects " + selected.displayName() + ", and " + rule.direction().label()
        + " rule #" + rule.number() + " selects " + other.displayName() + ", but the protocols and ports do not match",
        locate(p.source(), rule.pointer()));
  }

  static Reason namedPortsDoNotMatch(NetworkPolicy p, PolicyRule rule, Peer selected, Peer other) {
    return new Reason("NetworkPolicy", name(p) + " selects " + selected.displayName() + ", and " + rule.direction().label()
        + " rule #" + rule.number() + " selects " + other.displayName()
        + ", but named ports of the rule have no match in the configuration of the destination peer",
        locate(p.source(), rule.pointer()));
  }

  static Reason admin(AdminPolicy p, AdminRule rule) {
    return new Reason(p.kind(), p.kind() + " '" + p.name() + "' " + rule.action().verb() + " connections by "
        + rule.direction().label() + " rule " + rule.name(), locate(p.source(), rule.pointer()));
  }

  static Reason ingressEntry(String entry, String kind, String service, boolean allows) {
    return new Reason(kind, entry + (allows
        ? " allows ingress connections through service " + service
        : " allows ingress to service " + service + ", but the protocols and ports do not match"), null);
  }

  private static String name(NetworkPolicy p) {
    return "NetworkPolicy '" + p.fullName() + "'";
  }

  private static Location locate(dev.bulwark.api.Resource source, JsonPointer pointer) {
    return source == null ? null : source.locate(pointer);
  }
}
