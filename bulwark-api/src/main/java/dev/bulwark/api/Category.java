package dev.bulwark.api;

import java.util.Locale;

/** The area a check belongs to; reporters group and filter by it. */
public enum Category {
  SECURITY_CONTEXT,
  HOST_ACCESS,
  IMAGES,
  SECRETS,
  EXPOSURE,
  RESOURCES,
  SERVICE_ACCOUNTS,
  RBAC,
  NETWORK_POLICY,
  POD_SECURITY,
  CONTROL_PLANE,
  AUDIT,
  HYGIENE,
  INTERNAL;

  /** Kebab-case name used in reports, e.g. {@code security-context}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
