/**
 * Reads Kubernetes manifests (YAML and JSON files, folders, stdin) into {@link
 * dev.bulwark.api.Resource}s with a source position for every field.
 *
 * <p>Public API: {@link dev.bulwark.loader.ManifestLoader} (with {@link
 * dev.bulwark.loader.LoaderLimits} and {@link dev.bulwark.loader.LoadResult}) for manifests, and
 * {@link dev.bulwark.loader.YamlTrees} for single-document files such as {@code .bulwark.yaml}.
 * Everything else in the package is internal.
 *
 * <p>The pipeline for one input: bounded read → encoding check → Helm/Kustomize rules → cut into
 * documents at {@code ---}/{@code ...} lines ({@code DocumentSplitter}) → snakeyaml-engine's
 * composer behind a depth and node guard ({@code GuardedParser}, {@code DocumentReader}) → Jackson
 * tree and positions with Kubernetes scalar rules, aliases and merge keys ({@code TreeBuilder},
 * {@code KubernetesScalars}) → object checks and List expansion ({@code ObjectExtractor}).
 */
package dev.bulwark.loader;
