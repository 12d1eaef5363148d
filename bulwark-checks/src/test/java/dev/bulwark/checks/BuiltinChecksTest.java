package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.api.Workloads;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BuiltinChecksTest {
  private final List<Check> checks = new BuiltinChecks().checks();

  @Test
  void providerIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(CheckProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(BuiltinChecks.class);
  }

  @Test
  void metadataIsValidAndIdsAreUnique() {
    List<CheckMetadata> metadata = checks.stream().map(Check::metadata).toList();
    assertThat(metadata.stream().map(CheckMetadata::id)).doesNotHaveDuplicates();
    for (CheckMetadata m : metadata) {
      assertThat(m.description()).as(m.id()).isNotBlank();
      assertThat(m.frameworks()).as(m.id()).isNotEmpty();
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

  @Test
  void workloadChecksCoverEveryWorkloadKind() {
    for (Check check : checks) {
      assertThat(check.metadata().kinds()).as(check.metadata().id()).containsAll(Workloads.KINDS);
    }
  }
}
