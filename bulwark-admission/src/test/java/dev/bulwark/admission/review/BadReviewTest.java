package dev.bulwark.admission.review;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.namespaces.NamespaceManifests;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Reviews the API server would never send get a one-line reason (the server answers HTTP 400). */
class BadReviewTest {
  private final PolicyReviewHandler handler =
      new PolicyReviewHandler(
          AdmissionConfig.defaults(), NamespaceManifests.of(Map.of()), ExistingPods.NONE);

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of(
            "wrong kind",
            (Consumer<ObjectNode>) r -> r.put("kind", "Pod"),
            "kind is \"Pod\"; expected AdmissionReview"),
        Arguments.of(
            "no kind",
            (Consumer<ObjectNode>) r -> r.remove("kind"),
            "kind is missing; expected AdmissionReview"),
        Arguments.of(
            "unknown version",
            (Consumer<ObjectNode>) r -> r.put("apiVersion", "admission.k8s.io/v2"),
            "unsupported apiVersion \"admission.k8s.io/v2\"; expected admission.k8s.io/v1 or"
                + " admission.k8s.io/v1beta1"),
        Arguments.of(
            "no request",
            (Consumer<ObjectNode>) r -> r.remove("request"),
            "the AdmissionReview has no request"),
        Arguments.of(
            "request not an object",
            (Consumer<ObjectNode>) r -> r.put("request", "x"),
            "the AdmissionReview has no request"),
        Arguments.of(
            "no uid",
            (Consumer<ObjectNode>) r -> Reviews.request(r).remove("uid"),
            "request.uid is missing or empty"),
        Arguments.of(
            "empty uid",
            (Consumer<ObjectNode>) r -> Reviews.request(r).put("uid", ""),
            "request.uid is missing or empty"),
        Arguments.of(
            "no resource",
            (Consumer<ObjectNode>) r -> Reviews.request(r).remove("resource"),
            "request.resource.resource is missing"),
        Arguments.of(
            "no kind in request",
            (Consumer<ObjectNode>) r -> Reviews.request(r).remove("kind"),
            "request.kind.kind is missing"),
        Arguments.of(
            "bad operation",
            (Consumer<ObjectNode>) r -> Reviews.request(r).put("operation", "PATCH"),
            "request.operation \"PATCH\" is not CREATE, UPDATE, DELETE or CONNECT"),
        Arguments.of(
            "create without object",
            (Consumer<ObjectNode>) r -> Reviews.request(r).remove("object"),
            "request.object is missing for operation CREATE"),
        Arguments.of(
            "update without oldObject",
            (Consumer<ObjectNode>) r -> Reviews.request(r).put("operation", "UPDATE"),
            "request.oldObject is missing for operation UPDATE"),
        Arguments.of(
            "object not an object",
            (Consumer<ObjectNode>) r -> Reviews.request(r).put("object", 3),
            "request.object is not a JSON object"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void rejected(String name, Consumer<ObjectNode> breakIt, String message) {
    ObjectNode review = Reviews.sample("pod-create-v1.json");
    breakIt.accept(review);
    assertThatThrownBy(() -> handler.handle(review))
        .isInstanceOf(BadReviewException.class)
        .hasMessage(message);
  }

  @org.junit.jupiter.api.Test
  void echoedValuesStayOnOneLine() {
    // 18 characters before the x run, so 46 of them fit the 64-character cut.
    ObjectNode review = Reviews.sample("pod-create-v1.json");
    review.put("kind", "Admission\nReview\u0000\"" + "x".repeat(100));
    assertThatThrownBy(() -> handler.handle(review))
        .isInstanceOf(BadReviewException.class)
        .hasMessage(
            "kind is \"Admission\\nReview\\u0000\\\""
                + "x".repeat(46)
                + "\"…; expected AdmissionReview");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notObjects")
  void bodyMustBeAnObject(String json) {
    assertThatThrownBy(() -> handler.handle(Reviews.parse(json)))
        .isInstanceOf(BadReviewException.class)
        .hasMessage("the body is not a JSON object");
  }

  static Stream<String> notObjects() {
    return Stream.of("[]", "\"AdmissionReview\"", "null", "42");
  }
}
