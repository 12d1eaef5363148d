package dev.bulwark.admission.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.support.LabelSelector;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The namespace selectors of policy rules (the catalog's selectors) match as apimachinery's do. */
class LabelSelectorTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> PROD = Map.of("env", "prod", "team", "a");
  private static final Map<String, String> BARE = Map.of();

  /** The operators as a config file spells them. */
  private enum Operator {
    IN("In"),
    NOT_IN("NotIn"),
    EXISTS("Exists"),
    DOES_NOT_EXIST("DoesNotExist");

    final String text;

    Operator(String text) {
      this.text = text;
    }
  }

  private static LabelSelector selector(String json) {
    return LabelSelector.of(JSON.readTree(json));
  }

  private static String requirement(String key, Operator op, String... values) {
    return String.format(
        "{\"key\":\"%s\",\"operator\":\"%s\"%s}",
        key,
        op.text,
        values.length == 0 ? "" : ",\"values\":[\"" + String.join("\",\"", values) + "\"]");
  }

  private static LabelSelector expression(String key, Operator op, String... values) {
    return selector("{\"matchExpressions\":[" + requirement(key, op, values) + "]}");
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
    assertThat(LabelSelector.empty().matches(BARE)).isTrue();
    assertThat(LabelSelector.empty().isEmpty()).isTrue();
    LabelSelector both =
        selector(
            "{\"matchLabels\":{\"env\":\"prod\"},\"matchExpressions\":["
                + requirement("team", Operator.IN, "b")
                + "]}");
    assertThat(both.matches(PROD)).isFalse();
    assertThat(both.matches(Map.of("env", "prod", "team", "b"))).isTrue();
    assertThat(both.isEmpty()).isFalse();
  }
}
