package dev.bulwark.checks.pss;

import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Baseline {@code capabilities_baseline}: containers may add only the container runtime's default
 * capabilities, spelled exactly (no {@code CAP_} prefix, upper case). {@code drop} is not read.
 */
final class CapabilitiesBaseline implements PssCheck {
  private static final Set<String> DEFAULT_CAPABILITIES =
      Set.of(
          "AUDIT_WRITE",
          "CHOWN",
          "DAC_OVERRIDE",
          "FOWNER",
          "FSETID",
          "KILL",
          "MKNOD",
          "NET_BIND_SERVICE",
          "SETFCAP",
          "SETGID",
          "SETPCAP",
          "SETUID",
          "SYS_CHROOT");

  @Override
  public PssViolation evaluate(PssPod pod) {
    Offenders bad = null;
    TreeSet<String> added = null;
    for (PssContainer c : pod.containers) {
      JsonNode add = c.security.capabilitiesAdd;
      boolean containerBad = false;
      for (int i = 0; add != null && i < add.size(); i++) {
        String capability = GoJson.stringElement(add, i);
        if (capability != null && !DEFAULT_CAPABILITIES.contains(capability)) {
          containerBad = true;
          added = added == null ? Phrases.sortedSet() : added;
          added.add(capability);
          bad =
              Offenders.point(
                  bad,
                  pod.containerField(
                      c, "securityContext", "capabilities", "add", Integer.toString(i)));
        }
      }
      if (containerBad) {
        bad = Offenders.name(bad, c.name);
      }
    }
    if (bad == null) {
      return null;
    }
    return new PssViolation(
        PssCheckId.CAPABILITIES_BASELINE,
        "non-default capabilities",
        Phrases.containers(bad.names)
            + " must not include "
            + Phrases.quoted(added)
            + " in securityContext.capabilities.add",
        bad.pointers);
  }
}
