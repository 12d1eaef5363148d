package dev.bulwark.checks.pss;

import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Restricted {@code restrictedVolumes} (replaces {@code hostPathVolumes}): volumes may only use
 * sources that a pod can have without touching the node or network storage directly.
 */
final class RestrictedVolumes implements PssCheck {
  private static final String[] ALLOWED_SOURCES = {
    "configMap",
    "csi",
    "downwardAPI",
    "emptyDir",
    "ephemeral",
    "image",
    "persistentVolumeClaim",
    "projected",
    "secret"
  };

  /** Every other source of the v1 VolumeSource, in the order upstream tests for them. */
  static final List<String> RESTRICTED_SOURCES =
      List.of(
          "hostPath",
          "gcePersistentDisk",
          "awsElasticBlockStore",
          "gitRepo",
          "nfs",
          "iscsi",
          "glusterfs",
          "rbd",
          "flexVolume",
          "cinder",
          "cephfs",
          "flocker",
          "fc",
          "azureFile",
          "vsphereVolume",
          "quobyte",
          "azureDisk",
          "photonPersistentDisk",
          "portworxVolume",
          "scaleIO",
          "storageos");

  @Override
  public PssViolation evaluate(PssPod pod) {
    JsonNode volumes = pod.volumes;
    Offenders bad = null;
    TreeSet<String> types = null;
    for (int i = 0; volumes != null && i < volumes.size(); i++) {
      String type = restrictedSource(volumes.get(i));
      if (type != null) {
        types = types == null ? Phrases.sortedSet() : types;
        types.add(type);
        bad =
            Offenders.add(
                bad, GoJson.string(volumes.get(i), "name"), pod.specListField("volumes", i, type));
      }
    }
    if (bad == null) {
      return null;
    }
    int count = bad.names.size();
    return new PssViolation(
        PssCheckId.RESTRICTED_VOLUMES,
        "restricted volume types",
        Phrases.plural("volume", "volumes", count)
            + " "
            + Phrases.quoted(bad.names)
            + " "
            + Phrases.plural("uses", "use", count)
            + " "
            + Phrases.plural("restricted volume type", "restricted volume types", types.size())
            + " "
            + Phrases.quoted(types),
        bad.pointers);
  }

  /**
   * The restricted source a volume uses, or {@code null} when it uses an allowed one. A volume with
   * no source at all is not restricted: the API server defaults it to {@code emptyDir} before
   * admission, so upstream never sees it bare.
   */
  private static String restrictedSource(JsonNode volume) {
    for (String source : ALLOWED_SOURCES) {
      if (GoJson.struct(volume, source) != null) {
        return null;
      }
    }
    for (String source : RESTRICTED_SOURCES) {
      if (GoJson.struct(volume, source) != null) {
        return source;
      }
    }
    return null;
  }
}
