package dev.bulwark.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a check's metadata on its class. The engine reads it once through {@link
 * CheckMetadata#of(Check)}; {@code bulwark checks docs} renders it into {@code docs/checks/}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {
  /** Special value of {@link #kinds()}: every kind that carries a pod spec. */
  String WORKLOADS = "@workloads";

  /** Special value of {@link #reads()}: Roles, ClusterRoles and their bindings. */
  String RBAC = "@rbac";

  /** Stable kebab-case identifier, e.g. {@code privileged-container}. */
  String id();

  /** One line, no trailing period. */
  String summary();

  /** Why it matters: a paragraph for the docs and SARIF help. */
  String description() default "";

  Severity severity();

  Category category();

  /** Kinds the check applies to; empty means every kind. {@link #WORKLOADS} expands. */
  String[] kinds() default {};

  Scope scope() default Scope.RESOURCE;

  /** What to change, in one or two sentences. */
  String remediation();

  /**
   * Framework references as {@code FRAMEWORK:ID}, e.g. {@code "CIS:5.2.2"}, {@code
   * "PSS:baseline/privileged"}, {@code "NSA:pod-security"}, {@code "MITRE:T1611"}.
   */
  String[] frameworks() default {};

  /**
   * False for checks that need configuration to be useful (a registry allow-list, say); they run
   * only when {@code .bulwark.yaml} enables them.
   */
  boolean enabledByDefault() default true;

  /**
   * Kinds the check reads from the inventory besides the object it judges ({@link #WORKLOADS} and
   * {@link #RBAC} expand). When a cluster read could not list one of them, the engine reports the
   * check not evaluated instead of letting it judge from a partial inventory.
   */
  String[] reads() default {};

  /** Parameters the check reads, as {@code name=default: description}. */
  String[] parameters() default {};
}
