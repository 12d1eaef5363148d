package dev.bulwark.checks.pss;

import dev.bulwark.api.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Restricted {@code capabilities_restricted} (v1.22+, replaces the baseline check): every container
 * drops {@code ALL} (that exact string) and adds nothing but {@code NET_BIND_SERVICE}. From v1.25
 * Windows pods are exempt.
 */
final class CapabilitiesRestricted implements PssCheck {
  private static final String ALL = "ALL";
  private static final String NET_BIND_SERVICE = "NET_BIND_SERVICE";

  private final boolean windowsExempt;

  CapabilitiesRestricted(boolean windowsExempt) {
    this.windowsExempt = windowsExempt;
  }

  @Override
  public PssViolation evaluate(PssPod pod) {
    if (windowsExempt && pod.windows) {
      return null;
    }
    Offenders missingDropAll = null;
    Offenders adding = null;
    TreeSet<String> forbidden = null;
    for (PssContainer c : pod.containers) {
      SecurityFacts s = c.security;
      if (!s.capabilitiesPresent || !dropsAll(s.capabilitiesDrop)) {
        missingDropAll =
            Offenders.add(
                missingDropAll,
                c.name,
                pod.containerField(c, "securityContext", "capabilities", "drop"));
      }
      JsonNode add = s.capabilitiesAdd;
      boolean containerAdds = false;
      for (int i = 0; add != null && i < add.size(); i++) {
        String capability = GoJson.stringElement(add, i);
        if (capability != null && !NET_BIND_SERVICE.equals(capability)) {
          containerAdds = true;
          forbidden = forbidden == null ? Phrases.sortedSet() : forbidden;
          forbidden.add(capability);
          adding =
              Offenders.point(
                  adding,
                  pod.containerField(
                      c, "securityContext", "capabilities", "add", Integer.toString(i)));
        }
      }
      if (containerAdds) {
        adding = Offenders.name(adding, c.name);
      }
    }
    if (missingDropAll == null && adding == null) {
      return null;
    }
    List<String> details = new ArrayList<>(2);
    List<JsonPointer> pointers = new ArrayList<>();
    if (missingDropAll != null) {
      details.add(
          Phrases.containers(missingDropAll.names)
              + " must set securityContext.capabilities.drop=[\"ALL\"]");
      pointers.addAll(missingDropAll.pointers);
    }
    if (adding != null) {
      details.add(
          Phrases.containers(adding.names)
              + " must not include "
              + Phrases.quoted(forbidden)
              + " in securityContext.capabilities.add");
      pointers.addAll(adding.pointers);
    }
    return new PssViolation(
        PssCheckId.CAPABILITIES_RESTRICTED,
        "unrestricted capabilities",
        String.join("; ", details),
        pointers);
  }

  private static boolean dropsAll(JsonNode drop) {
    for (int i = 0; drop != null && i < drop.size(); i++) {
      if (ALL.equals(GoJson.stringElement(drop, i))) {
        return true;
      }
    }
    return false;
  }
}
