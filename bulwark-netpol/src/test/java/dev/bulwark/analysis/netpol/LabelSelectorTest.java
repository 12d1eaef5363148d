package dev.bulwark.analysis.netpol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class LabelSelectorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static LabelSelector parse(String json) {
    return LabelSelector.parse(JSON.readTree(json));
  }

  @Test
  void emptyMatchesEverythingAndAbsentIsNull() {
    assertThat(parse("{}").matches(Map.of("a", "b"))).isTrue();
    assertThat(LabelSelector.parse(JSON.readTree("null"))).isNull();
    assertThat(LabelSelector.parse(JSON.missingNode())).isNull();
  }

  @Test
  void operators() {
    LabelSelector s = parse("{\"matchLabels\":{\"app\":\"web\"},\"matchExpressions\":["
        + "{\"key\":\"tier\",\"operator\":\"In\",\"values\":[\"front\",\"edge\"]},"
        + "{\"key\":\"env\",\"operator\":\"NotIn\",\"values\":[\"dev\"]},"
        + "{\"key\":\"team\",\"operator\":\"Exists\"},"
        + "{\"key\":\"legacy\",\"operator\":\"DoesNotExist\"}]}");
    assertThat(s.matches(Map.of("app", "web", "tier", "front", "team", "x"))).isTrue();
    assertThat(s.matches(Map.of("app", "web", "tier", "front", "team", "x", "env", "prod"))).isTrue();
    assertThat(s.matches(Map.of("app", "web", "tier", "front", "team", "x", "env", "dev"))).isFalse();
    assertThat(s.matches(Map.of("app", "web", "tier", "back", "team", "x"))).isFalse();
    assertThat(s.matches(Map.of("app", "web", "tier", "front"))).isFalse();
    assertThat(s.matches(Map.of("app", "web", "tier", "front", "team", "x", "legacy", "1"))).isFalse();
    assertThat(s.matches(Map.of("tier", "front", "team", "x"))).isFalse();
  }

  @Test
  void invalidExpressionsFail() {
    assertThatThrownBy(() -> parse("{\"matchExpressions\":[{\"key\":\"a\",\"operator\":\"Equals\"}]}"))
        .isInstanceOf(NetpolInputException.class).hasMessageContaining("not a valid label selector operator");
    assertThatThrownBy(() -> parse("{\"matchExpressions\":[{\"key\":\"a\",\"operator\":\"In\",\"values\":[]}]}"))
        .isInstanceOf(NetpolInputException.class).hasMessageContaining("can't be empty");
  }
}
