package dev.bulwark.checks.pss;

import tools.jackson.databind.JsonNode;

/** Baseline {@code hostPathVolumes}: no volume may use {@code hostPath}. */
final class HostPathVolumes implements PssCheck {

  @Override
  public PssViolation evaluate(PssPod pod) {
    Offenders bad = null;
    JsonNode volumes = pod.volumes;
    for (int i = 0; volumes != null && i < volumes.size(); i++) {
      JsonNode volume = volumes.get(i);
      if (GoJson.struct(volume, "hostPath") != null) {
        bad =
            Offenders.add(
                bad, GoJson.string(volume, "name"), pod.specListField("volumes", i, "hostPath"));
      }
    }
    if (bad == null) {
      return null;
    }
    return new PssViolation(
        PssCheckId.HOST_PATH_VOLUMES,
        "hostPath volumes",
        Phrases.plural("volume", "volumes", bad.names.size()) + " " + Phrases.quoted(bad.names),
        bad.pointers);
  }
}
