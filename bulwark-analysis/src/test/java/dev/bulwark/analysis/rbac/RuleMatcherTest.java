package dev.bulwark.analysis.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule matcher against the authorizer's semantics, one row per statement of the reference's
 * §1.3–1.4 (rbac-audit-cis.md). Each row: the rule, the request, the verdict, and why.
 */
class RuleMatcherTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // §1.4 verbs: any entry is * or equals the request verb; exact and case-sensitive.
        row("exact verb", rule("get", "", "pods"), get("pods"), true),
        row("other verb", rule("list", "", "pods"), get("pods"), false),
        row("verb *", rule("*", "", "pods"), req("deletecollection", "", "pods", ""), true),
        row("verbs are case-sensitive", rule("GET", "", "pods"), get("pods"), false),
        row("no verb prefix matching", rule("get*", "", "pods"), get("pods"), false),
        row(
            "special verbs are plain verbs",
            rule("impersonate", "", "users"),
            req("impersonate", "", "users", "alice"),
            true),
        row(
            "* covers special verbs",
            rule("*", "", "users"),
            req("impersonate", "", "users", "alice"),
            true),
        // §1.4 apiGroups: * or exact; "" is the core group.
        row("core group", rule("get", "", "pods"), get("pods"), true),
        row(
            "core rule, apps request",
            rule("get", "", "deployments"),
            req("get", "apps", "deployments", ""),
            false),
        row("apps rule, core request", rule("get", "apps", "pods"), get("pods"), false),
        row(
            "group *",
            rule("get", "*", "deployments"),
            req("get", "apps", "deployments", ""),
            true),
        row("group * covers core", rule("get", "*", "pods"), get("pods"), true),
        row(
            "no group suffix matching",
            rule("get", "k8s.io", "ingresses"),
            req("get", "networking.k8s.io", "ingresses", ""),
            false),
        // §1.4 resources: * matches every resource and subresource.
        row("resource *", rule("get", "", "*"), get("secrets"), true),
        row(
            "resource * covers subresources",
            rule("create", "", "*"),
            req("create", "", "pods/exec", ""),
            true),
        row(
            "exact combined resource",
            rule("create", "", "pods/exec"),
            req("create", "", "pods/exec", ""),
            true),
        row(
            "pods does not match pods/exec",
            rule("create", "", "pods"),
            req("create", "", "pods/exec", ""),
            false),
        row(
            "pods does not match pods/log",
            rule("get", "", "pods"),
            req("get", "", "pods/log", ""),
            false),
        row("pods/exec does not match pods", rule("get", "", "pods/exec"), get("pods"), false),
        row(
            "*/scale matches deployments/scale",
            rule("update", "apps", "*/scale"),
            req("update", "apps", "deployments/scale", ""),
            true),
        row(
            "*/scale matches statefulsets/scale",
            rule("update", "apps", "*/scale"),
            req("update", "apps", "statefulsets/scale", ""),
            true),
        row(
            "*/scale does not match deployments",
            rule("update", "apps", "*/scale"),
            req("update", "apps", "deployments", ""),
            false),
        row(
            "*/scale does not match pods/status",
            rule("update", "", "*/scale"),
            req("update", "", "pods/status", ""),
            false),
        row(
            "*/sub only in the groups that matched",
            rule("update", "apps", "*/scale"),
            req("update", "", "replicationcontrollers/scale", ""),
            false),
        row(
            "no pods/* form in RBAC",
            rule("create", "", "pods/*"),
            req("create", "", "pods/exec", ""),
            false),
        row("pods/* does not match pods", rule("get", "", "pods/*"), get("pods"), false),
        row("no resource prefix matching", rule("get", "", "pod"), get("pods"), false),
        row("resources are case-sensitive", rule("get", "", "Pods"), get("pods"), false),
        row(
            "*/exec with ephemeralcontainers",
            rule("patch", "", "*/ephemeralcontainers"),
            req("patch", "", "pods/ephemeralcontainers", ""),
            true),
        // §1.4 resourceNames: empty matches any name (even none); otherwise an exact name.
        row(
            "no resourceNames, named request",
            rule("get", "", "secrets"),
            req("get", "", "secrets", "db"),
            true),
        row(
            "no resourceNames, unnamed request",
            rule("list", "", "secrets"),
            req("list", "", "secrets", ""),
            true),
        row(
            "resourceNames match",
            named(rule("get", "", "secrets"), "db"),
            req("get", "", "secrets", "db"),
            true),
        row(
            "resourceNames other name",
            named(rule("get", "", "secrets"), "db"),
            req("get", "", "secrets", "api"),
            false),
        row(
            "resourceNames no glob",
            named(rule("get", "", "secrets"), "db*"),
            req("get", "", "secrets", "db-1"),
            false),
        // §1.3 create carries no name, so a name-restricted rule never authorizes it.
        row(
            "resourceNames never authorize create",
            named(rule("create", "", "secrets"), "db"),
            req("create", "", "secrets", ""),
            false),
        row(
            "resourceNames never authorize unfiltered list",
            named(rule("list", "", "secrets"), "db"),
            req("list", "", "secrets", ""),
            false),
        row(
            "resourceNames never authorize unfiltered watch",
            named(rule("watch", "", "secrets"), "db"),
            req("watch", "", "secrets", ""),
            false),
        row(
            "resourceNames never authorize deletecollection",
            named(rule("deletecollection", "", "secrets"), "db"),
            req("deletecollection", "", "secrets", ""),
            false),
        // §1.3 list/watch with fieldSelector metadata.name=<x> carries the name.
        row(
            "single-object list with a name",
            named(rule("list", "", "secrets"), "db"),
            req("list", "", "secrets", "db"),
            true),
        row(
            "impersonate a named group",
            named(rule("impersonate", "", "groups"), "system:masters"),
            req("impersonate", "", "groups", "system:masters"),
            true),
        row(
            "approve a named signer",
            named(
                rule("approve", "certificates.k8s.io", "signers"),
                "kubernetes.io/kube-apiserver-client"),
            req("approve", "certificates.k8s.io", "signers", "kubernetes.io/kube-apiserver-client"),
            true),
        row(
            "userextras subresource",
            rule("impersonate", "authentication.k8s.io", "userextras/scopes"),
            req("impersonate", "authentication.k8s.io", "userextras/scopes", "view"),
            true),
        row(
            "userextras needs the key",
            rule("impersonate", "authentication.k8s.io", "userextras"),
            req("impersonate", "authentication.k8s.io", "userextras/scopes", "view"),
            false),
        // A resource rule never allows a non-resource request and vice versa.
        row("resource rule, URL request", rule("get", "*", "*"), url("get", "/metrics"), false),
        row("URL rule, resource request", urls("get", "*"), get("pods"), false),
        // §1.4 nonResourceURLs: *, exact, or trailing * as a plain string prefix.
        row("URL exact", urls("get", "/metrics"), url("get", "/metrics"), true),
        row("URL exact only", urls("get", "/metrics"), url("get", "/metrics/slis"), false),
        row("URL *", urls("get", "*"), url("get", "/anything"), true),
        row("URL prefix", urls("get", "/healthz*"), url("get", "/healthz/etcd"), true),
        row("URL prefix matches the stem", urls("get", "/healthz*"), url("get", "/healthz"), true),
        row(
            "URL prefix is not segment-aware",
            urls("get", "/healthz*"),
            url("get", "/healthzfoo"),
            true),
        row("URL /api/* does not match /api", urls("get", "/api/*"), url("get", "/api"), false),
        row("URL trailing stars all stripped", urls("get", "/logs**"), url("get", "/logs/x"), true),
        row("URL no inner glob", urls("get", "/a/*/b"), url("get", "/a/x/b"), false),
        row("URL verb is the HTTP method", urls("post", "/logs"), url("get", "/logs"), false),
        row("URL verb *", urls("*", "/logs"), url("post", "/logs"), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesLikeTheAuthorizer(String why, PolicyRule rule, Request request, boolean allowed) {
    assertThat(RuleMatcher.allows(rule, request))
        .as(why + ": " + rule.compact() + " vs " + request)
        .isEqualTo(allowed);
  }

  private static Arguments row(String why, PolicyRule rule, Request request, boolean allowed) {
    return Arguments.of(why, rule, request, allowed);
  }

  static PolicyRule rule(String verb, String group, String resource) {
    return PolicyRule.of(List.of(verb), List.of(group), List.of(resource));
  }

  static PolicyRule named(PolicyRule rule, String name) {
    return rule.withNames(List.of(name));
  }

  static PolicyRule urls(String verb, String url) {
    return PolicyRule.ofUrls(List.of(verb), List.of(url));
  }

  static Request get(String resource) {
    return req("get", "", resource, "");
  }

  static Request req(String verb, String group, String resource, String name) {
    return Request.resource(verb, group, resource, "ns", name);
  }

  static Request url(String verb, String path) {
    return Request.nonResource(verb, path);
  }
}
