package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SysctlsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "net.ipv4.tcp_syncookies, net.ipv4.tcp_syncookies",
    "net/ipv4/tcp_syncookies, net.ipv4.tcp_syncookies",
    "net/ipv4/conf/eno2.100/rp_filter, net.ipv4.conf.eno2/100.rp_filter",
    "net.ipv4.conf.eno2/100.rp_filter, net.ipv4.conf.eno2/100.rp_filter",
    "kernel, kernel",
  })
  void readsSlashFormAsTheKubeletDoes(String name, String canonical) {
    assertThat(Sysctls.canonical(name)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0} with allowed [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "net.ipv4.tcp_rmem              |                        | true",
        "net.ipv4.tcp_notsent_lowat     |                        | true",
        "net.core.somaxconn             |                        | false",
        "net.core.somaxconn             | net.core.somaxconn     | true",
        "kernel.msgmax                  | kernel.msg*            | true",
        "kernel.msgmax                  | kernel.shm*            | false",
        "net.ipv4.conf.all.rp_filter    | net/ipv4/conf/*        | true",
        "kernel.msgmax                  | kernel.msg             | false",
      })
  void allowsTheSafeSetAndConfiguredNames(String name, String allowed, boolean expected) {
    List<String> extra = allowed == null ? List.of() : Arrays.asList(allowed.split(","));
    assertThat(Sysctls.allowed(name, extra)).isEqualTo(expected);
  }

  @Test
  void safeSetIsTheNewestPodSecurityList() {
    assertThat(Sysctls.SAFE)
        .hasSize(14)
        .contains("net.ipv4.tcp_slow_start_after_idle", "net.ipv4.ip_local_reserved_ports");
  }
}
