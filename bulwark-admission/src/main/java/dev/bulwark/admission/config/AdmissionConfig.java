package dev.bulwark.admission.config;

import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.loader.LoadException;
import dev.bulwark.loader.LoaderLimits;
import dev.bulwark.loader.YamlTree;
import dev.bulwark.loader.YamlTrees;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The admission webhook's configuration ({@code kind: AdmissionConfiguration}, {@code apiVersion:
 * bulwark.dev/v1alpha1}): Pod Security admission defaults and exemptions, Bulwark policy rules, and
 * the server's evaluation budget. See {@code docs/admission.md} for the file format.
 */
public final class AdmissionConfig {
  /** The evaluation budget per request when the file does not set one. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  /** Upstream's Pod Security webhook limit: 3 MiB. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 3L * 1024 * 1024;

  private final PodSecurityConfig podSecurity;
  private final List<PolicyRule> policies;
  private final Duration timeout;
  private final TimeoutAction onTimeout;
  private final long maxRequestBytes;

  /** A configuration from its parts; {@link #load(Path)} validates files into one. */
  public AdmissionConfig(
      PodSecurityConfig podSecurity,
      List<PolicyRule> policies,
      Duration timeout,
      TimeoutAction onTimeout,
      long maxRequestBytes) {
    this.podSecurity = Objects.requireNonNull(podSecurity);
    this.policies = List.copyOf(policies);
    this.timeout = Objects.requireNonNull(timeout);
    this.onTimeout = Objects.requireNonNull(onTimeout);
    this.maxRequestBytes = maxRequestBytes;
  }

  /**
   * Upstream Pod Security admission's defaults (privileged:latest everywhere, so only namespace
   * labels enforce anything), no Bulwark policy, a 2 s budget that allows on timeout, 3 MiB bodies.
   */
  public static AdmissionConfig defaults() {
    return new AdmissionConfig(
        PodSecurityConfig.DEFAULTS,
        List.of(),
        DEFAULT_TIMEOUT,
        TimeoutAction.ALLOW,
        DEFAULT_MAX_REQUEST_BYTES);
  }

  /**
   * Reads and validates a config file against the checks on the class path.
   *
   * @throws AdmissionConfigException listing every problem as {@code file:line:column: message}
   */
  public static AdmissionConfig load(Path file) throws AdmissionConfigException {
    return load(file, CheckRegistry.discover());
  }

  /** {@link #load(Path)} against a given set of checks. */
  public static AdmissionConfig load(Path file, CheckRegistry registry)
      throws AdmissionConfigException {
    YamlTree tree;
    try {
      tree = YamlTrees.read(file, LoaderLimits.defaults());
    } catch (LoadException e) {
      throw new AdmissionConfigException(List.of(e.location() + ": " + e.problem()));
    }
    return AdmissionConfigParser.parse(tree, registry);
  }

  /** Parses config text; {@code name} stands for the file in messages. */
  public static AdmissionConfig parse(String name, String yaml, CheckRegistry registry)
      throws AdmissionConfigException {
    YamlTree tree;
    try {
      tree = YamlTrees.read(name, yaml);
    } catch (LoadException e) {
      throw new AdmissionConfigException(List.of(e.location() + ": " + e.problem()));
    }
    return AdmissionConfigParser.parse(tree, registry);
  }

  public PodSecurityConfig podSecurity() {
    return podSecurity;
  }

  /** The Bulwark policy rules in file order. */
  public List<PolicyRule> policies() {
    return policies;
  }

  /** The evaluation budget per request. */
  public Duration timeout() {
    return timeout;
  }

  /** What to answer when a request cannot be evaluated within {@link #timeout()}. */
  public TimeoutAction onTimeout() {
    return onTimeout;
  }

  /** Request bodies larger than this get HTTP 413/400 from the server. */
  public long maxRequestBytes() {
    return maxRequestBytes;
  }
}
