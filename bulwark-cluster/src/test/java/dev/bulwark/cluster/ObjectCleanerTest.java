package dev.bulwark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ObjectCleanerTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ClusterKind SECRET = kind("Secret");
  private static final ClusterKind DEPLOYMENT = kind("Deployment");

  private static ClusterKind kind(String name) {
    return ClusterKind.SCANNED.stream().filter(k -> k.kind().equals(name)).findFirst().orElseThrow();
  }

  private static ObjectNode item(String json) {
    return (ObjectNode) JSON.readTree(json);
  }

  @Test
  void listItemsGetTheirKindFirstAndLoseServerNoise() {
    ObjectNode cleaned =
        new ObjectCleaner(false)
            .clean(
                DEPLOYMENT,
                item(
                    """
                    {"metadata":{"name":"web","managedFields":[{"manager":"kubectl"}]},
                     "spec":{"replicas":2},"status":{"readyReplicas":2}}"""));
    assertThat(List.copyOf(cleaned.propertyNames())).containsExactly("apiVersion", "kind", "metadata", "spec");
    assertThat(cleaned.path("apiVersion").asString()).isEqualTo("apps/v1");
    assertThat(cleaned.path("metadata").has("managedFields")).isFalse();
  }

  @Test
  void secretValuesAreDroppedUnlessAskedFor() {
    String secret =
        """
        {"metadata":{"name":"s","annotations":{"%s":"{\\"data\\":{\\"k\\":\\"dmFsdWU=\\"}}","team":"a"}},
         "type":"Opaque","data":{"k":"dmFsdWU="},"stringData":{"x":"y"}}"""
            .formatted(ObjectCleaner.LAST_APPLIED);
    ObjectNode hidden = new ObjectCleaner(false).clean(SECRET, item(secret));
    assertThat(hidden.has("data")).isFalse();
    assertThat(hidden.has("stringData")).isFalse();
    assertThat(hidden.path("metadata").path("annotations").propertyNames()).containsExactly("team");
    assertThat(hidden.path("type").asString()).isEqualTo("Opaque");

    ObjectNode kept = new ObjectCleaner(true).clean(SECRET, item(secret));
    assertThat(kept.path("data").path("k").asString()).isEqualTo("dmFsdWU=");
  }
}
