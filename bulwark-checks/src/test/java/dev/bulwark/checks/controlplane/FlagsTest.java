package dev.bulwark.checks.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How component command lines read, as pflag (and Go's flag package for etcd) reads them. */
class FlagsTest {

  @ParameterizedTest(name = "{0} {1} -> {2}={3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "<unset>",
      value = {
        "API_SERVER | --profiling=false                               | --profiling              |"
            + " false",
        "API_SERVER | --profiling                                     | --profiling              |"
            + " true",
        "API_SERVER | --audit-log-maxage 30                           | --audit-log-maxage       |"
            + " 30",
        "API_SERVER | --profiling false                               | --profiling              |"
            + " true",
        "API_SERVER | --token-auth-file=                              | --token-auth-file        |"
            + " ''",
        "API_SERVER | --profiling=false --profiling=true              | --profiling              |"
            + " true",
        "API_SERVER | --enable-admission-plugins=A --enable-admission-plugins=B,C |"
            + " --enable-admission-plugins | A,B,C",
        "API_SERVER | --feature-gates=A=true --feature-gates=B=false   | --feature-gates          |"
            + " A=true,B=false",
        "API_SERVER | --contention-profiling                          | --profiling              |"
            + " <unset>",
        "API_SERVER | -v=2 --v=4                                      | --v                      |"
            + " 4",
        "API_SERVER | -profiling=true                                 | --profiling              |"
            + " <unset>",
        "ETCD       | -client-cert-auth=true                          | --client-cert-auth       |"
            + " true",
        "ETCD       | --cert-file /a.crt --key-file /a.key            | --key-file               |"
            + " /a.key",
        "KUBELET    | --tls-cipher-suites=X --tls-cipher-suites=Y      | --tls-cipher-suites      |"
            + " X,Y",
        "KUBELET    | --node-labels a=b --hostname-override node-1    | --hostname-override      |"
            + " node-1",
      })
  void readsTheEffectiveValue(Component component, String words, String flag, String expected) {
    List<ArgvToken> tokens =
        Arrays.stream(words.split(" ")).map(w -> new ArgvToken(w, Origin.ofFile("test"))).toList();
    Optional<Setting> found = Flags.parse(component, tokens).get(flag);
    assertThat(found.map(Setting::value).orElse(null)).isEqualTo(expected);
  }
}
