package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.Volumes.MountRef;
import dev.bulwark.checks.support.Volumes.VolumeRef;
import dev.bulwark.checks.testsupport.TestResources;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumesTest {
  private static final PodSpecRef POD =
      Workloads.podSpec(
              TestResources.pod(
                  "{\"volumes\":["
                      + "{\"name\":\"logs\",\"hostPath\":{\"path\":\"/var/log\"}},"
                      + "{\"name\":\"tmp\",\"emptyDir\":{}},"
                      + "{\"hostPath\":{\"path\":\"/nameless\"}},"
                      + "{\"name\":\"gone\",\"hostPath\":null},"
                      + "\"not an object\"],"
                      + "\"initContainers\":[{\"name\":\"i\",\"volumeMounts\":["
                      + "{\"name\":\"logs\",\"mountPath\":\"/l\",\"readOnly\":true}]}],"
                      + "\"containers\":[{\"name\":\"c\",\"volumeMounts\":["
                      + "{\"name\":\"tmp\",\"mountPath\":\"/tmp\"},"
                      + "{\"name\":\"logs\",\"mountPath\":\"/logs\",\"readOnly\":false}]}],"
                      + "\"ephemeralContainers\":[{\"name\":\"e\",\"volumeMounts\":["
                      + "{\"name\":\"logs\",\"mountPath\":\"/x\",\"readOnly\":true}]}]}"))
          .orElseThrow();

  @Test
  void findsVolumesBySource() {
    assertThat(Volumes.of(POD))
        .extracting(VolumeRef::name)
        .containsExactly("logs", "tmp", "volumes[2]", "gone");
    assertThat(Volumes.withSource(POD, "hostPath"))
        .extracting(VolumeRef::name)
        .containsExactly("logs", "volumes[2]");
    assertThat(Volumes.withSource(POD, "emptyDir").get(0).field("emptyDir"))
        .hasToString("/spec/volumes/1/emptyDir");
  }

  @Test
  void findsMountsInEveryKindOfContainer() {
    List<MountRef> mounts = Volumes.of(POD).get(0).mounts();
    assertThat(mounts)
        .extracting(m -> m.pointer().toString(), MountRef::writable)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/spec/initContainers/0/volumeMounts/0", false),
            org.assertj.core.groups.Tuple.tuple("/spec/containers/0/volumeMounts/1", true),
            org.assertj.core.groups.Tuple.tuple(
                "/spec/ephemeralContainers/0/volumeMounts/0", false));
    assertThat(Volumes.of(POD).get(1).isMountedBy(POD.containers().get(1))).isTrue();
    assertThat(Volumes.of(POD).get(1).isMountedBy(POD.containers().get(0))).isFalse();
  }

  @Test
  void aVolumeWithoutNameHasNoMounts() {
    assertThat(Volumes.of(POD).get(2).mounts()).isEmpty();
  }
}
