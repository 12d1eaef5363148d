package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.ServiceAccounts.Account;
import dev.bulwark.checks.testsupport.TestResources;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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

  @Test
  void findsTheAccountInTheSameNamespaceOrAManifestWithoutOne() {
    Resource inShop = account("shop", "api");
    Resource loose = account(null, "worker");
    Resource elsewhere = account("staging", "web");
    Resource apiWithoutNamespace = account(null, "api");
    Inventory inventory = Inventory.of(List.of(inShop, loose, elsewhere, apiWithoutNamespace));
    assertThat(ServiceAccounts.find(inventory, "shop", "api")).contains(inShop);
    assertThat(ServiceAccounts.find(inventory, "shop", "worker")).contains(loose);
    assertThat(ServiceAccounts.find(inventory, "shop", "web")).isEmpty();
    assertThat(ServiceAccounts.find(inventory, null, "web")).contains(elsewhere);
    // Both without a namespace: the same namespace, whatever it will be.
    assertThat(ServiceAccounts.find(inventory, null, "api")).contains(apiWithoutNamespace);
    // Two candidates in other namespaces: no guess.
    assertThat(
            ServiceAccounts.find(
                Inventory.of(List.of(account("a", "x"), account("b", "x"))), null, "x"))
        .isEmpty();
  }

  private static Resource account(String namespace, String name) {
    return TestResources.fromJson(
        "{\"apiVersion\":\"v1\",\"kind\":\"ServiceAccount\",\"metadata\":{\"name\":\""
            + name
            + "\""
            + (namespace == null ? "" : ",\"namespace\":\"" + namespace + "\"")
            + "}}");
  }
}
