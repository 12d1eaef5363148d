package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.ServiceAccounts.Account;
import dev.bulwark.checks.testsupport.TestResources;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceAccountsTest {

  @ParameterizedTest(name = "{0} -> {1} from {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "{}                                                          | default | -",
        "{\"serviceAccountName\":\"\"}                               | default | -",
        "{\"serviceAccountName\":\"api\"}                            | api     |"
            + " /spec/serviceAccountName",
        "{\"serviceAccount\":\"api\"}                                | api     |"
            + " /spec/serviceAccount",
        "{\"serviceAccountName\":\"\",\"serviceAccount\":\"api\"}    | api     |"
            + " /spec/serviceAccount",
        "{\"serviceAccountName\":\"web\",\"serviceAccount\":\"api\"} | web     |"
            + " /spec/serviceAccountName",
        "{\"serviceAccountName\":\"default\"}                        | default |"
            + " /spec/serviceAccountName",
        "{\"serviceAccountName\":7}                                  | default | -",
      })
  void settlesTheAccountAsTheApiServerDoes(String spec, String name, String pointer) {
    Account account = ServiceAccounts.of(Workloads.podSpec(TestResources.pod(spec)).orElseThrow());
    assertThat(account.name()).isEqualTo(name);
    assertThat(account.pointer().map(Object::toString)).isEqualTo(Optional.ofNullable(pointer));
  }
}
