package dev.bulwark.admission.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.engine.CheckRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The onTimeout answers: allow with a warning and annotation, or deny with 500. */
class TimeoutResponsesTest {

  @Test
  void allowByDefault() throws Exception {
    ObjectNode review = Reviews.sample("pod-create-v1.json");
    ObjectNode out = TimeoutResponses.answer(review, AdmissionConfig.defaults());
    JsonNode r = out.get("response");
    assertThat(out.get("apiVersion").stringValue()).isEqualTo("admission.k8s.io/v1");
    assertThat(r.get("uid").stringValue()).isEqualTo("705ab4f5-6393-11e8-b7cc-42010a800002");
    assertThat(r.get("allowed").booleanValue()).isTrue();
    assertThat(r.get("warnings").get(0).stringValue())
        .isEqualTo(
            "Bulwark admission did not finish within 2s; the request was allowed without"
                + " evaluation");
    assertThat(r.at("/auditAnnotations/bulwark-timeout").stringValue())
        .isEqualTo("allowed without evaluation after 2s");
  }

  @Test
  void denyWhenConfigured() throws Exception {
    AdmissionConfig config =
        AdmissionConfig.parse(
            "c.yaml",
            "apiVersion: bulwark.dev/v1alpha1\n"
                + "kind: AdmissionConfiguration\n"
                + "server: {timeout: 1500ms, onTimeout: deny}\n",
            CheckRegistry.of(List.of()));
    ObjectNode review = Reviews.sample("deployment-create-v1beta1.json");
    ObjectNode out = TimeoutResponses.answer(review, config);
    assertThat(out.get("apiVersion").stringValue()).isEqualTo("admission.k8s.io/v1beta1");
    JsonNode r = out.get("response");
    assertThat(r.get("allowed").booleanValue()).isFalse();
    assertThat(r.at("/status/code").intValue()).isEqualTo(500);
    assertThat(r.at("/status/message").stringValue())
        .isEqualTo("Internal error occurred: Bulwark admission did not finish within 1.5s");
    assertThat(r.has("warnings")).isFalse();
  }

  @Test
  void durationsAreWrittenAsGoDoes() {
    assertThat(TimeoutResponses.describe(Duration.ofSeconds(2))).isEqualTo("2s");
    assertThat(TimeoutResponses.describe(Duration.ofMillis(250))).isEqualTo("250ms");
    assertThat(TimeoutResponses.describe(Duration.ofMillis(2500))).isEqualTo("2.5s");
  }

  @Test
  void badReviewsStayBad() {
    assertThatThrownBy(
            () -> TimeoutResponses.answer(Reviews.parse("{}"), AdmissionConfig.defaults()))
        .isInstanceOf(BadReviewException.class);
  }
}
