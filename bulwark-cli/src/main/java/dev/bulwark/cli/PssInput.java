package dev.bulwark.cli;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.pss.PssNamespacePolicy;
import dev.bulwark.loader.LoadResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the {@code pss} commands read from the loaded manifests: every pod and pod template, and the
 * Namespace objects whose labels set each namespace's policy.
 *
 * @param workloads every object with a pod spec, in input order
 * @param namespaces Namespace objects by name (the first one wins)
 * @param diagnostics input problems
 * @param defaultNamespace the namespace of objects that name none, as {@code kubectl -n} would
 */
record PssInput(
    List<PodSpecRef> workloads,
    Map<String, Resource> namespaces,
    List<Diagnostic> diagnostics,
    String defaultNamespace) {

  /** Namespaces (their labels set the level) and every kind with a pod spec. */
  private static final Set<String> PSS_KINDS = AnalysisInput.workloadsAnd("Namespace");

  static PssInput of(LoadResult loaded, String defaultNamespace) {
    List<PodSpecRef> workloads = new ArrayList<>();
    Map<String, Resource> namespaces = new LinkedHashMap<>();
    AnalysisInput input = AnalysisInput.of(loaded, PSS_KINDS, "the Pod Security evaluation");
    for (Resource r : input.objects()) {
      Workloads.podSpec(r).ifPresent(workloads::add);
      if ("Namespace".equals(r.kind()) && "v1".equals(r.ref().apiVersion())) {
        namespaces.putIfAbsent(r.name(), r);
      }
    }
    return new PssInput(workloads, namespaces, input.diagnostics(), defaultNamespace);
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The namespace an object runs in. */
  String namespaceOf(Resource resource) {
    return resource.namespace() != null ? resource.namespace() : defaultNamespace;
  }

  /** The Namespace object of that name, if the input has it. */
  Optional<Resource> namespace(String name) {
    return Optional.ofNullable(namespaces.get(name));
  }

  /** The policy a namespace's labels set; upstream's defaults when it is not in the input. */
  PssNamespacePolicy policyOf(String namespace) {
    return namespace(namespace)
        .map(ns -> PssNamespacePolicy.DEFAULTS.resolve(ns.labels()))
        .orElse(PssNamespacePolicy.DEFAULTS);
  }
}
