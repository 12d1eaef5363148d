package dev.bulwark.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.api.Scope;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class AnalysisChecksTest {
  private final List<Check> checks = new AnalysisChecks().checks();

  @Test
  void providerIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(CheckProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(AnalysisChecks.class);
  }

  @Test
  void metadataIsCompleteAndIdsAreUniqueAndPrefixed() {
    List<CheckMetadata> metadata = checks.stream().map(Check::metadata).toList();
    assertThat(metadata.stream().map(CheckMetadata::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("rbac-"));
    for (CheckMetadata m : metadata) {
      assertThat(m.description()).as(m.id()).isNotBlank();
      assertThat(m.frameworks()).as(m.id()).isNotEmpty();
      assertThat(m.scope()).as(m.id() + " reads the inventory").isEqualTo(Scope.INVENTORY);
    }
  }

  @Test
  void checksAreFinalAndAnnotated() {
    for (Check check : checks) {
      assertThat(Modifier.isFinal(check.getClass().getModifiers()))
          .as(check.getClass().getName())
          .isTrue();
      assertThat(check.getClass().getAnnotation(CheckInfo.class)).isNotNull();
    }
  }
}
