package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.support.HostPaths.Exposure;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostPathsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "/                               | /",
        "/var/run/docker.sock            | /var/run/docker.sock",
        "/var/run/docker.sock/           | /var/run/docker.sock",
        "//var//run/./docker.sock        | /var/run/docker.sock",
        "/var/lib/../run/docker.sock     | /var/run/docker.sock",
        "/..                             | /",
        "/../../etc                      | /etc",
        "/etc/.                          | /etc",
        "relative/path                   | -",
        "./etc                           | -",
        "''                              | -",
        "C:\\Var\\Lib\\Kubelet           | /var/lib/kubelet",
        "c:/etc/kubernetes/              | /etc/kubernetes",
        "C:\\                            | /",
        "\\\\.\\PIPE\\Docker_Engine      | \\\\.\\pipe\\docker_engine",
      })
  void normalizes(String path, String expected) {
    assertThat(HostPaths.normalize(path)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} (writable {1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // mounted path             | writable | the sensitive path it exposes
        "/                          | false    | /",
        "/var/run/docker.sock       | false    | /var/run/docker.sock",
        "/run/containerd/containerd.sock | false | /run/containerd",
        "/var/run                   | false    | /var/run/docker.sock",
        "/run                       | false    | /run/docker.sock",
        "/var                       | false    | /var/run/docker.sock",
        "/var/lib                   | false    | /var/lib/kubelet",
        "/var/lib/kubelet/pods      | false    | /var/lib/kubelet",
        "/var/lib/kubelet-data      | false    | -",
        "/var/lib/kubelet/plugins/csi.tigera.io | true | -",
        "/var/lib/kubelet/plugins   | false    | /var/lib/kubelet",
        "/var/lib/kubelet/plugins/kubernetes.io/csi | false | /var/lib/kubelet",
        "/var/lib/kubelet/plugins_registry | false | -",
        "/var/lib/kubelet/plugins_registry | true | /var/lib/kubelet/plugins_registry",
        "/var/lib/kubelet/device-plugins | true | /var/lib/kubelet/device-plugins",
        "/run/host-containerd/containerd.sock | false | /run/host-containerd/containerd.sock",
        "/srv/containerd.sock.bak   | false    | -",
        "/etc                       | false    | /etc/kubernetes",
        "/etc/kubernetes/pki        | false    | /etc/kubernetes",
        "/etc/ssl/certs             | false    | -",
        "/etc/ssl/certs             | true     | -",
        "/etc/calico                | true     | -",
        "/etc/cni/net.d             | true     | /etc/cni",
        "/etc                       | true     | /etc/kubernetes",
        "/etc/cron.d/backup         | true     | /etc/cron.d",
        "/etc-backup                | true     | -",
        "/proc                      | false    | -",
        "/proc                      | true     | /proc",
        "/sys/fs/bpf                | true     | /sys",
        "/lib/modules               | false    | -",
        "/opt                       | false    | -",
        "/opt                       | true     | /opt/cni/bin",
        "/opt/cni/bin               | true     | /opt/cni/bin",
        "/var/log                   | false    | -",
        "/var/log/pods              | true     | /var/log/pods",
        "/var/log                   | true     | /var/log/pods",
        "/var/log/kube-apiserver.log | true    | -",
        "/run/xtables.lock          | true     | -",
        "/srv/data                  | true     | -",
        "/home/alice/.kube          | false    | /home",
        "/root                      | false    | /root",
        "/var/run/dbus/system_bus_socket | false | /var/run/dbus",
        "\\\\.\\pipe\\docker_engine | false    | \\\\.\\pipe\\docker_engine",
        "\\\\.\\pipe\\other         | true     | -",
      })
  void knowsWhatAPathExposes(String path, boolean writable, String expected) {
    Optional<String> sensitive =
        HostPaths.normalize(path)
            .flatMap(p -> HostPaths.exposure(p, writable))
            .map(Exposure::sensitivePath);
    assertThat(sensitive).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void onlyWritableMountsOfSystemPathsNeedWrite() {
    assertThat(HostPaths.exposure("/usr/bin", true)).map(Exposure::needsWrite).contains(true);
    assertThat(HostPaths.exposure("/var/lib/etcd", false))
        .map(Exposure::needsWrite)
        .contains(false);
  }

  /** Seeded random paths: normalisation is idempotent and spelling does not change the verdict. */
  @Test
  void normalisationIsStableUnderEquivalentSpellings() {
    List<String> segments =
        List.of(
            "",
            ".",
            "..",
            "var",
            "run",
            "lib",
            "etc",
            "kubelet",
            "docker.sock",
            "log",
            "proc",
            "opt",
            "cni",
            "bin",
            "data",
            "x");
    Random random = new Random(20260817L);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder path = new StringBuilder();
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        path.append('/').append(segments.get(random.nextInt(segments.size())));
      }
      String raw = path.length() == 0 ? "/" : path.toString();
      String normal = HostPaths.normalize(raw).orElseThrow();

      assertThat(normal).as(raw).startsWith("/");
      assertThat(normal).as(raw).doesNotContain("//", "/./", "/../").doesNotEndWith("/..");
      assertThat(normal.equals("/") || !normal.endsWith("/")).as(raw).isTrue();
      assertThat(HostPaths.normalize(normal)).as(raw).contains(normal);

      List<String> spellings =
          List.of(raw + "/", raw + "/./", raw.replace("/", "//"), raw + "/sub/..", "/." + raw);
      for (String spelling : spellings) {
        assertThat(HostPaths.normalize(spelling)).as(spelling).contains(normal);
      }
      for (boolean writable : new boolean[] {false, true}) {
        // A parent directory exposes everything its child does, except a socket known only by
        // its file name: what else the parent holds is unknown.
        if (HostPaths.exposure(normal, writable).isPresent() && !normal.endsWith("/docker.sock")) {
          String parent = normal.substring(0, normal.lastIndexOf('/'));
          assertThat(HostPaths.exposure(parent.isEmpty() ? "/" : parent, writable))
              .as("parent of %s", normal)
              .isPresent();
          // Write access never makes a path less sensitive.
          assertThat(HostPaths.exposure(normal, true)).as(normal).isPresent();
        }
      }
    }
  }
}
