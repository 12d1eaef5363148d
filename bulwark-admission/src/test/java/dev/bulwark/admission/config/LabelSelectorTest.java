package dev.bulwark.admission.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.admission.config.LabelSelector.Operator;
import dev.bulwark.admission.config.LabelSelector.Requirement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Label selectors match as apimachinery's do. */
class LabelSelectorTest {
  private static final Map<String, String> PROD = Map.of("env", "prod", "team", "a");
  private static final Map<String, String> BARE = Map.of();

  private static LabelSelector expression(String key, Operator op, String... values) {
    return new LabelSelector(Map.of(), List.of(new Requirement(key, op, Set.of(values))));
  }

  @Test
  void operators() {
    assertThat(expression("env", Operator.IN, "prod", "dev").matches(PROD)).isTrue();
    assertThat(expression("env", Operator.IN, "dev").matches(PROD)).isFalse();
    assertThat(expression("env", Operator.IN, "prod").matches(BARE)).isFalse();
    assertThat(expression("env", Operator.NOT_IN, "dev").matches(PROD)).isTrue();
    assertThat(expression("env", Operator.NOT_IN, "prod").matches(PROD)).isFalse();
    assertThat(expression("env", Operator.NOT_IN, "prod").matches(BARE))
        .as("absent label")
        .isTrue();
    assertThat(expression("team", Operator.EXISTS).matches(PROD)).isTrue();
    assertThat(expression("team", Operator.EXISTS).matches(BARE)).isFalse();
    assertThat(expression("team", Operator.DOES_NOT_EXIST).matches(BARE)).isTrue();
    assertThat(expression("team", Operator.DOES_NOT_EXIST).matches(PROD)).isFalse();
  }

  @Test
  void everythingAndAnd() {
    assertThat(LabelSelector.EVERYTHING.matches(BARE)).isTrue();
    assertThat(LabelSelector.EVERYTHING.isEmpty()).isTrue();
    LabelSelector both =
        new LabelSelector(
            Map.of("env", "prod"), List.of(new Requirement("team", Operator.IN, Set.of("b"))));
    assertThat(both.matches(PROD)).isFalse();
    assertThat(both.matches(Map.of("env", "prod", "team", "b"))).isTrue();
    assertThat(both.isEmpty()).isFalse();
  }
}
