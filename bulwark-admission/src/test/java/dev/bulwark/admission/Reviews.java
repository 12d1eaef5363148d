package dev.bulwark.admission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Builds AdmissionReview documents for tests, from the samples in src/test/resources/reviews. */
public final class Reviews {
  public static final JsonMapper JSON = JsonMapper.builder().build();

  private Reviews() {}

  /** A sample review, e.g. {@code pod-create-v1.json}; a fresh copy each call. */
  public static ObjectNode sample(String name) {
    try (InputStream in = Reviews.class.getResourceAsStream("/reviews/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample review " + name);
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  /** The {@code request} object of a review, to change in place. */
  public static ObjectNode request(ObjectNode review) {
    return (ObjectNode) review.get("request");
  }

  /** A v1 review of a Pod {@code name} in {@code namespace} with this spec (JSON text). */
  public static ObjectNode podReview(
      String operation, String namespace, String name, String specJson) {
    ObjectNode review = sample("pod-create-v1.json");
    ObjectNode request = request(review);
    request.put("operation", operation);
    request.put("namespace", namespace);
    request.put("name", name);
    ObjectNode pod = (ObjectNode) request.get("object");
    ((ObjectNode) pod.get("metadata")).put("name", name).put("namespace", namespace);
    pod.set("spec", JSON.readTree(specJson));
    return review;
  }

  /** Sets {@code request.oldObject} to a copy of the object with a change applied. */
  public static ObjectNode withOldObject(ObjectNode review, JsonNode oldObject) {
    ObjectNode request = request(review);
    request.put("operation", "UPDATE");
    request.set("oldObject", oldObject);
    return review;
  }

  /** A plain container without any securityContext: fails restricted, passes baseline. */
  public static final String PLAIN_SPEC =
      "{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:1.27\"}]}";

  /** A privileged container: fails baseline. */
  public static final String PRIVILEGED_SPEC =
      "{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:1.27\",\"securityContext\":{\"privileged\":true}}]}";

  /** Passes restricted. */
  public static final String RESTRICTED_SPEC =
      "{\"securityContext\":{\"runAsNonRoot\":true,\"seccompProfile\":{\"type\":\"RuntimeDefault\"}},"
          + "\"containers\":[{\"name\":\"app\",\"image\":\"nginx:1.27\",\"securityContext\":"
          + "{\"allowPrivilegeEscalation\":false,\"capabilities\":{\"drop\":[\"ALL\"]}}}]}";

  /** Upstream's text for {@link #PLAIN_SPEC} at restricted. */
  public static final String PLAIN_RESTRICTED_DETAIL =
      "allowPrivilegeEscalation != false (container \"app\" must set"
          + " securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container"
          + " \"app\" must set securityContext.capabilities.drop=[\"ALL\"]), runAsNonRoot != true"
          + " (pod or container \"app\" must set securityContext.runAsNonRoot=true), seccompProfile"
          + " (pod or container \"app\" must set securityContext.seccompProfile.type to"
          + " \"RuntimeDefault\" or \"Localhost\")";
}
