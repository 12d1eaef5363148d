package dev.bulwark.report;

import dev.bulwark.api.Category;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Finding;
import dev.bulwark.api.FrameworkRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.NotEvaluated;
import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.Report;
import dev.bulwark.api.ScannedObject;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Suppression;
import dev.bulwark.api.Workloads;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One report that exercises every corner the formats must handle: four severities, two files,
 * namespaced and cluster-scoped objects, two findings of one check on one object, a suppressed
 * finding, an error and a warning, a not-evaluated entry, and messages with markup characters, an
 * escape sequence and non-ASCII text.
 */
final class SampleReport {

  static final CheckMetadata LATEST_IMAGE_TAG =
      check(
          "latest-image-tag",
          "Image uses a mutable tag",
          "",
          Severity.MEDIUM,
          Category.IMAGES,
          Workloads.KINDS,
          "Pin the image by digest or by an immutable version tag");
  static final CheckMetadata MISSING_NETWORK_POLICY =
      check(
          "missing-network-policy",
          "Namespace has no NetworkPolicy",
          "Without any NetworkPolicy every pod in the namespace accepts traffic from anywhere.",
          Severity.LOW,
          Category.NETWORK_POLICY,
          Set.of("Namespace"),
          "Add a default-deny NetworkPolicy and allow only the traffic the pods need",
          "CIS:5.3.2",
          "NSA:network-separation");
  static final CheckMetadata PRIVILEGED_CONTAINER =
      check(
          "privileged-container",
          "Container runs privileged",
          "A privileged container has every capability and the host's devices; escaping to the"
              + " node is trivial.",
          Severity.CRITICAL,
          Category.SECURITY_CONTEXT,
          Workloads.KINDS,
          "Set securityContext.privileged to false",
          "PSS:baseline",
          "CIS:5.2.1");
  static final CheckMetadata RBAC_WILDCARD_VERBS =
      check(
          "rbac-wildcard-verbs",
          "Role grants every verb",
          "A '*' verb also grants verbs added in future Kubernetes versions, such as escalate.",
          Severity.HIGH,
          Category.RBAC,
          Set.of("Role", "ClusterRole"),
          "List the verbs the subjects need instead of '*'",
          "CIS:5.1.3");

  static final ObjectRef WEB = new ObjectRef("apps/v1", "Deployment", "shop", "web");
  static final ObjectRef WORKER = new ObjectRef("apps/v1", "Deployment", "shop", "worker");
  /** An object with no finding: reporters that list passing objects show it. */
  static final ObjectRef SETTINGS = new ObjectRef("v1", "ConfigMap", "shop", "settings");
  static final ObjectRef SHOP = new ObjectRef("v1", "Namespace", null, "shop");
  static final ObjectRef PAYMENTS = new ObjectRef("v1", "Namespace", null, "payments");
  static final ObjectRef ADMIN =
      new ObjectRef("rbac.authorization.k8s.io/v1", "ClusterRole", null, "admin-everything");

  private static final JsonPointer CONTAINERS =
      JsonPointer.of("spec", "template", "spec", "containers");

  private SampleReport() {}

  static Report report() {
    List<Finding> findings =
        List.of(
            finding(
                PRIVILEGED_CONTAINER,
                WEB,
                CONTAINERS.append("0", "securityContext", "privileged"),
                new Location("deploy/web.yaml", 24, 13),
                "Container \"web\" runs privileged"),
            finding(
                LATEST_IMAGE_TAG,
                WEB,
                CONTAINERS.append("0", "image"),
                new Location("deploy/web.yaml", 21, 16),
                "Image \"registry.example/café/web:latest\" uses the mutable tag 'latest' & may"
                    + " change <without notice>"),
            finding(
                    LATEST_IMAGE_TAG,
                    WORKER,
                    CONTAINERS.append("0", "image"),
                    new Location("deploy/web.yaml", 52, 16),
                    "Image \"worker:latest\" uses the mutable tag 'latest'")
                .withSuppression(
                    new Suppression(
                        "pinned by digest in the prod overlay <see #42>", "annotation")),
            finding(
                PRIVILEGED_CONTAINER,
                WORKER,
                CONTAINERS.append("0", "securityContext", "privileged"),
                new Location("deploy/web.yaml", 55, 13),
                "Container \"worker\" runs privileged"),
            finding(
                PRIVILEGED_CONTAINER,
                WORKER,
                CONTAINERS.append("1", "securityContext", "privileged"),
                new Location("deploy/web.yaml", 63, 13),
                "Container \"side\u001b[2Jcar\" runs privileged (特権コンテナ)"),
            finding(
                MISSING_NETWORK_POLICY,
                SHOP,
                JsonPointer.ROOT,
                new Location("deploy/namespaces.yaml", 1, 1),
                "Namespace \"shop\" has no NetworkPolicy; its pods accept traffic from anywhere"),
            finding(
                RBAC_WILDCARD_VERBS,
                ADMIN,
                JsonPointer.of("rules", "0", "verbs", "0"),
                new Location("rbac/admin.yaml", 9, 12),
                "Rule 0 grants every verb (\"*\") on secrets"));
    List<Diagnostic> diagnostics =
        List.of(
            Diagnostic.error(
                new Location("broken/bad.yaml", 3, 7), "mapping values are not allowed here"),
            Diagnostic.warning(
                Location.ofFile("charts/web/templates/deploy.yaml"),
                "skipped a Helm template: {{ .Values.image }} needs rendering & was not scanned"));
    List<NotEvaluated> notEvaluated =
        List.of(
            new NotEvaluated(
                MISSING_NETWORK_POLICY.id(),
                PAYMENTS,
                "the NetworkPolicies of the cluster are not part of the input"));
    return new Report(
        "0.1.0-SNAPSHOT",
        List.of(
            LATEST_IMAGE_TAG, MISSING_NETWORK_POLICY, PRIVILEGED_CONTAINER, RBAC_WILDCARD_VERBS),
        findings.stream().sorted(Finding.ORDER).toList(),
        diagnostics.stream().sorted(Diagnostic.ORDER).toList(),
        notEvaluated,
        List.of(
            new ScannedObject(WEB, new Location("deploy/web.yaml", 1, 1)),
            new ScannedObject(WORKER, new Location("deploy/web.yaml", 40, 1)),
            new ScannedObject(SETTINGS, new Location("deploy/web.yaml", 70, 1)),
            new ScannedObject(SHOP, new Location("deploy/namespaces.yaml", 1, 1)),
            new ScannedObject(PAYMENTS, new Location("deploy/namespaces.yaml", 6, 1)),
            new ScannedObject(ADMIN, new Location("rbac/admin.yaml", 1, 1))),
        5);
  }

  /** {@code n} scanned objects, one file each, for reports whose object list does not matter. */
  static List<ScannedObject> objects(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(
            i ->
                new ScannedObject(
                    new ObjectRef("v1", "ConfigMap", "default", "object-" + i),
                    new Location("object-" + i + ".yaml", 1, 1)))
        .toList();
  }

  /** A report of a clean scan of nothing at all. */
  static Report empty() {
    return new Report("0.1.0-SNAPSHOT", List.of(), List.of(), List.of(), List.of(), SampleReport.objects(0), 0);
  }

  static Finding finding(
      CheckMetadata check,
      ObjectRef object,
      JsonPointer pointer,
      Location location,
      String message) {
    return new Finding(
        check.id(),
        check.severity(),
        check.category(),
        object,
        pointer,
        location,
        message,
        check.remediation(),
        null,
        check.frameworks());
  }

  private static CheckMetadata check(
      String id,
      String summary,
      String description,
      Severity severity,
      Category category,
      Set<String> kinds,
      String remediation,
      String... frameworks) {
    return new CheckMetadata(
        id,
        summary,
        description,
        severity,
        category,
        kinds,
        kinds.contains("Namespace") || kinds.contains("ClusterRole")
            ? Scope.INVENTORY
            : Scope.RESOURCE,
        remediation,
        Arrays.stream(frameworks).map(FrameworkRef::parse).toList(),
        List.of(),
        true);
  }
}
