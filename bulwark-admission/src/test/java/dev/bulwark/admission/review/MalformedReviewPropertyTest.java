package dev.bulwark.admission.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.engine.CheckRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random damage to valid reviews (any field replaced by a value of any type): the handler
 * answers with a response for the same uid or rejects with {@link BadReviewException}, never
 * anything else, so the server never shows a stack trace.
 */
class MalformedReviewPropertyTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> SAMPLES =
      List.of(
          "pod-create-v1.json",
          "pod-create-restricted-v1.json",
          "deployment-create-v1beta1.json",
          "namespace-update-v1.json");

  @Test
  void damagedReviewsNeverCrashTheHandler() throws Exception {
    AdmissionConfig config =
        AdmissionConfig.parse(
            "c.yaml",
            """
            apiVersion: bulwark.dev/v1alpha1
            kind: AdmissionConfiguration
            policies:
              - {name: all, mode: enforce, checks: [privileged-container, latest-tag, no-cpu-request, allow-privilege-escalation, host-namespaces, missing-reference]}
            """,
            CheckRegistry.discover());
    PolicyReviewHandler handler =
        new PolicyReviewHandler(
            config,
            dev.bulwark.admission.namespaces.NamespaceManifests.of(
                Map.of("team-a", Map.of("pod-security.kubernetes.io/enforce", "restricted"))),
            new NamespaceReviewTest.FakePods().add("p", Reviews.PRIVILEGED_SPEC, null));
    Random random = new Random(20261130);
    int answered = 0;
    int rejected = 0;
    for (int i = 0; i < 3000; i++) {
      ObjectNode review = Reviews.sample(SAMPLES.get(random.nextInt(SAMPLES.size())));
      int damages = 1 + random.nextInt(3);
      for (int d = 0; d < damages; d++) {
        damage(review, random);
      }
      try {
        ObjectNode out = handler.handle(review);
        assertThat(out.at("/response/allowed").isBoolean()).as("%s", review).isTrue();
        assertThat(out.at("/response/uid").stringValue())
            .isEqualTo(review.at("/request/uid").stringValue());
        answered++;
      } catch (BadReviewException e) {
        assertThat(e.getMessage()).doesNotContain("\n").isNotBlank();
        rejected++;
      } catch (RuntimeException e) {
        throw new AssertionError("crashed on " + review, e);
      }
    }
    assertThat(answered).as("most damage leaves a review to answer").isGreaterThan(1000);
    assertThat(rejected).isGreaterThan(100);
  }

  /** Replaces one random node (any depth) with a random value. */
  private static void damage(ObjectNode review, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(review, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNode value = randomValue(random);
    if (target instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = new ArrayList<>(object.propertyNames());
      object.set(names.get(random.nextInt(names.size())), value);
    } else if (target instanceof ArrayNode array && !array.isEmpty()) {
      array.set(random.nextInt(array.size()), value);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (JsonNode child : node) {
        collect(child, out);
      }
    }
  }

  private static JsonNode randomValue(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.numberNode(random.nextInt(1000) - 500);
      case 2 -> NODES.stringNode(random.nextBoolean() ? "" : "x\n\u0000y");
      case 3 -> NODES.booleanNode(random.nextBoolean());
      case 4 -> NODES.arrayNode().add(NODES.nullNode()).add(1);
      case 5 -> NODES.objectNode().put("name", 3);
      case 6 -> NODES.numberNode(1.5e300);
      default -> NODES.objectNode();
    };
  }
}
