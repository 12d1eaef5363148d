package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LabelSelectorTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> WEB =
      Map.of("app", "web", "tier", "frontend", "track", "stable");

  static Stream<Arguments> selectors() {
    return Stream.of(
        // selector (metav1.LabelSelector as JSON), labels, matches
        Arguments.of("{}", WEB, true),
        Arguments.of("{\"matchLabels\":{}}", Map.of(), true),
        Arguments.of("{\"matchLabels\":{\"app\":\"web\"}}", WEB, true),
        Arguments.of("{\"matchLabels\":{\"app\":\"api\"}}", WEB, false),
        Arguments.of("{\"matchLabels\":{\"app\":\"web\",\"tier\":\"backend\"}}", WEB, false),
        Arguments.of("{\"matchLabels\":{\"missing\":\"x\"}}", WEB, false),
        Arguments.of(expression("tier", "In", "frontend", "edge"), WEB, true),
        Arguments.of(expression("tier", "In", "backend"), WEB, false),
        Arguments.of(expression("absent", "In", "x"), WEB, false),
        Arguments.of(expression("track", "NotIn", "canary"), WEB, true),
        Arguments.of(expression("track", "NotIn", "stable"), WEB, false),
        // NotIn and DoesNotExist match when the key is absent.
        Arguments.of(expression("absent", "NotIn", "x"), WEB, true),
        Arguments.of(expression("app", "Exists"), WEB, true),
        Arguments.of(expression("absent", "Exists"), WEB, false),
        Arguments.of(expression("absent", "DoesNotExist"), WEB, true),
        Arguments.of(expression("app", "DoesNotExist"), WEB, false),
        // matchLabels and matchExpressions are ANDed.
        Arguments.of(
            "{\"matchLabels\":{\"app\":\"web\"},\"matchExpressions\":[{\"key\":\"tier\","
                + "\"operator\":\"In\",\"values\":[\"backend\"]}]}",
            WEB,
            false),
        // Selectors the API server rejects match nothing.
        Arguments.of(expression("app", "Equals", "web"), WEB, false),
        Arguments.of(expression("app", "In"), WEB, false),
        Arguments.of(expression("app", "Exists", "web"), WEB, false),
        Arguments.of("{\"matchExpressions\":[{\"operator\":\"Exists\"}]}", WEB, false),
        Arguments.of("{\"matchLabels\":{\"app\":{\"nested\":true}}}", WEB, false),
        Arguments.of("[\"app=web\"]", WEB, false));
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @MethodSource("selectors")
  void matchesLikeTheApiMachinery(String selector, Map<String, String> labels, boolean matches) {
    assertThat(LabelSelector.of(json(selector)).matches(labels)).isEqualTo(matches);
  }

  @Test
  void emptyAndInvalidAreTold() {
    assertThat(LabelSelector.of(json("{}")).isEmpty()).isTrue();
    assertThat(LabelSelector.of(JSON.missingNode()).isEmpty()).isTrue();
    assertThat(LabelSelector.empty().matches(Map.of())).isTrue();
    LabelSelector invalid = LabelSelector.of(json(expression("app", "In")));
    assertThat(invalid.isValid()).isFalse();
    assertThat(invalid.isEmpty()).isFalse();
    assertThat(invalid.firstUnmet(WEB)).contains("a valid selector");
  }

  @Test
  void plainMapsAreEqualitySelectors() {
    LabelSelector service = LabelSelector.ofMap(json("{\"app\":\"web\",\"tier\":\"frontend\"}"));
    assertThat(service.matches(WEB)).isTrue();
    assertThat(service.matches(Map.of("app", "web"))).isFalse();
    assertThat(LabelSelector.ofMap(JSON.missingNode()).isEmpty()).isTrue();
    assertThat(LabelSelector.ofMap(json("[1]")).isValid()).isFalse();
  }

  @Test
  void explainsTheFirstUnmetRequirementAsAReaderWritesIt() {
    LabelSelector selector =
        LabelSelector.of(
            json(
                "{\"matchLabels\":{\"app\":\"web\"},\"matchExpressions\":["
                    + "{\"key\":\"tier\",\"operator\":\"In\",\"values\":[\"edge\",\"api\"]},"
                    + "{\"key\":\"track\",\"operator\":\"NotIn\",\"values\":[\"stable\"]},"
                    + "{\"key\":\"legacy\",\"operator\":\"DoesNotExist\"}]}"));
    assertThat(selector.firstUnmet(WEB)).contains("tier in (api,edge)");
    assertThat(selector.firstUnmet(Map.of("app", "web", "tier", "api", "track", "stable")))
        .contains("track notin (stable)");
    assertThat(selector.firstUnmet(Map.of("app", "web", "tier", "api", "legacy", "1")))
        .contains("!legacy");
    assertThat(selector.firstUnmet(Map.of("app", "web", "tier", "api"))).isEmpty();
    assertThat(selector.toString())
        .isEqualTo("app=web, tier in (api,edge), track notin (stable), !legacy");
  }

  @Test
  void labelsAControllerAddsMatchAnyValueTheyCanTake() {
    LabelSelector podZero =
        LabelSelector.ofMap(
            json("{\"app\":\"redis\",\"statefulset.kubernetes.io/pod-name\":\"redis-0\"}"));
    Map<String, java.util.function.Predicate<String>> added =
        Map.of("statefulset.kubernetes.io/pod-name", v -> v.matches("redis-\\d+"));
    assertThat(podZero.matches(Map.of("app", "redis"))).isFalse();
    assertThat(podZero.matches(Map.of("app", "redis"), added)).isTrue();
    assertThat(podZero.matches(Map.of("app", "cache"), added)).isFalse();
    assertThat(
            podZero.matches(
                Map.of("app", "redis"),
                Map.of("statefulset.kubernetes.io/pod-name", v -> v.equals("other-0"))))
        .isFalse();
    LabelSelector absent =
        LabelSelector.of(json(expression("statefulset.kubernetes.io/pod-name", "DoesNotExist")));
    assertThat(absent.matches(Map.of(), added)).isFalse();
  }

  private static String expression(String key, String operator, String... values) {
    StringBuilder list = new StringBuilder();
    for (String v : values) {
      list.append(list.length() == 0 ? "" : ",").append('"').append(v).append('"');
    }
    String valuesField = values.length == 0 ? "" : ",\"values\":[" + list + "]";
    return "{\"matchExpressions\":[{\"key\":\""
        + key
        + "\",\"operator\":\""
        + operator
        + "\""
        + valuesField
        + "}]}";
  }

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }
}
