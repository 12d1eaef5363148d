package dev.bulwark.api;

/** What a check needs to see. */
public enum Scope {
  /** One object at a time; safe to run at admission without cluster state. */
  RESOURCE,
  /** One object plus the read-only inventory around it (references, selectors, RBAC). */
  INVENTORY
}
