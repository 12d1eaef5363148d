package dev.bulwark.checks.image;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference such as {@code registry.example.com:5000/team/app:1.2@sha256:…},
 * split by the grammar container runtimes use (the distribution reference grammar):
 *
 * <pre>
 * reference := [registry "/"] repository [":" tag] ["@" digest]
 * </pre>
 *
 * <p>The first path component is a registry only when it looks like a host: it contains a {@code .}
 * or a {@code :} (a port), is {@code localhost}, or has upper-case letters (which a repository
 * never has). So {@code localhost:5000/app} is registry {@code localhost:5000} with no tag, while
 * {@code library/nginx} is a Docker Hub repository. The reference is kept as written, not
 * normalised ({@code nginx} stays {@code nginx}, not {@code docker.io/library/nginx}), so {@link
 * #toString()} gives back the original text.
 */
public final class ImageReference {
  /** The registry a reference without one is pulled from. */
  public static final String DEFAULT_REGISTRY = "docker.io";

  private static final int MAX_NAME_LENGTH = 255;
  private static final Pattern PATH_COMPONENT =
      Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
  private static final Pattern TAG = Pattern.compile("\\w[\\w.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
  private static final String DOMAIN_LABEL = "(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])";
  private static final Pattern REGISTRY =
      Pattern.compile(
          "(?:" + DOMAIN_LABEL + "(?:\\." + DOMAIN_LABEL + ")*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]+)?");

  private final String registry;
  private final String repository;
  private final String tag;
  private final String digest;

  private ImageReference(String registry, String repository, String tag, String digest) {
    this.registry = registry;
    this.repository = repository;
    this.tag = tag;
    this.digest = digest;
  }

  /**
   * Parses a reference; empty when the text is not one a runtime would accept (empty, whitespace,
   * upper-case repository, a tag longer than 128 characters, …).
   */
  public static Optional<ImageReference> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String name = text;
    String digest = null;
    int at = name.indexOf('@');
    if (at >= 0) {
      digest = name.substring(at + 1);
      name = name.substring(0, at);
      if (!DIGEST.matcher(digest).matches()) {
        return Optional.empty();
      }
    }
    String tag = null;
    int colon = name.lastIndexOf(':');
    // A colon before the last slash separates a registry port, not a tag.
    if (colon > name.lastIndexOf('/')) {
      tag = name.substring(colon + 1);
      name = name.substring(0, colon);
      if (!TAG.matcher(tag).matches()) {
        return Optional.empty();
      }
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return Optional.empty();
    }
    String registry = null;
    String repository = name;
    int slash = name.indexOf('/');
    if (slash >= 0 && looksLikeRegistry(name.substring(0, slash))) {
      registry = name.substring(0, slash);
      repository = name.substring(slash + 1);
      if (!REGISTRY.matcher(registry).matches()) {
        return Optional.empty();
      }
    }
    if (!isRepository(repository)) {
      return Optional.empty();
    }
    return Optional.of(new ImageReference(registry, repository, tag, digest));
  }

  /**
   * Builds a reference from its parts, validating each as {@link #parse(String)} would.
   *
   * @throws IllegalArgumentException when a part is malformed or the registry would not be
   *     recognised as one when the reference is written out
   */
  public static ImageReference of(String registry, String repository, String tag, String digest) {
    ImageReference ref =
        new ImageReference(registry, Objects.requireNonNull(repository), tag, digest);
    Optional<ImageReference> reparsed = parse(ref.toString());
    if (reparsed.isEmpty() || !reparsed.get().equals(ref)) {
      throw new IllegalArgumentException("not a valid image reference: " + ref);
    }
    return ref;
  }

  private static boolean looksLikeRegistry(String component) {
    return component.contains(".")
        || component.contains(":")
        || component.equals("localhost")
        || !component.equals(component.toLowerCase(Locale.ROOT));
  }

  private static boolean isRepository(String path) {
    for (String component : path.split("/", -1)) {
      if (!PATH_COMPONENT.matcher(component).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The registry host (and port) as written; empty when the reference names none. */
  public Optional<String> registry() {
    return Optional.ofNullable(registry);
  }

  /** The registry the image is pulled from: the one written, else {@value #DEFAULT_REGISTRY}. */
  public String registryOrDefault() {
    return registry == null ? DEFAULT_REGISTRY : registry;
  }

  /** The repository path as written, e.g. {@code nginx} or {@code team/app}. */
  public String repository() {
    return repository;
  }

  /** The tag, empty when none is written (a runtime then pulls {@code latest}, unless pinned). */
  public Optional<String> tag() {
    return Optional.ofNullable(tag);
  }

  /** The digest, e.g. {@code sha256:…}, empty when none is written. */
  public Optional<String> digest() {
    return Optional.ofNullable(digest);
  }

  /** True when a digest is given: the runtime pulls exactly that content, whatever the tag says. */
  public boolean pinned() {
    return digest != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageReference r
        && Objects.equals(registry, r.registry)
        && repository.equals(r.repository)
        && Objects.equals(tag, r.tag)
        && Objects.equals(digest, r.digest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(registry, repository, tag, digest);
  }

  /** The reference as written: {@code [registry/]repository[:tag][@digest]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (registry != null) {
      sb.append(registry).append('/');
    }
    sb.append(repository);
    if (tag != null) {
      sb.append(':').append(tag);
    }
    if (digest != null) {
      sb.append('@').append(digest);
    }
    return sb.toString();
  }
}
