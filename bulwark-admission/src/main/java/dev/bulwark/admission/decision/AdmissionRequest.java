package dev.bulwark.admission.decision;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The parts of an AdmissionReview's {@code request} that decisions read.
 *
 * @param apiVersion the review's apiVersion, echoed in the response
 * @param uid the request uid, echoed in the response
 * @param group the group of the requested resource ({@code ""} for the core group)
 * @param resource the plural resource, e.g. {@code pods}
 * @param subResource the subresource, {@code ""} for the main resource
 * @param kind the kind of {@code object}, e.g. {@code Deployment}
 * @param name the object's name as the request names it ({@code ""} before generateName runs)
 * @param namespace the namespace, {@code ""} for cluster-scoped objects
 * @param operation CREATE, UPDATE, DELETE or CONNECT
 * @param userName the requesting user's name, {@code ""} when absent
 * @param object the new object, or null (DELETE, CONNECT)
 * @param oldObject the previous object on UPDATE, else null
 * @param dryRun true when nothing will be persisted
 */
public record AdmissionRequest(
    String apiVersion,
    String uid,
    String group,
    String resource,
    String subResource,
    String kind,
    String name,
    String namespace,
    Operation operation,
    String userName,
    JsonNode object,
    JsonNode oldObject,
    boolean dryRun) {

  /** An admission operation. */
  public enum Operation {
    CREATE,
    UPDATE,
    DELETE,
    CONNECT
  }

  public AdmissionRequest {
    Objects.requireNonNull(apiVersion);
    Objects.requireNonNull(uid);
    Objects.requireNonNull(group);
    Objects.requireNonNull(resource);
    Objects.requireNonNull(subResource);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(name);
    Objects.requireNonNull(namespace);
    Objects.requireNonNull(operation);
    Objects.requireNonNull(userName);
  }

  /** True for the core-group resource with this plural name, e.g. {@code isCore("pods")}. */
  public boolean isCore(String plural) {
    return group.isEmpty() && resource.equals(plural);
  }

  /**
   * The resource as API errors name it: {@code pods}, {@code deployments.apps} (apimachinery's
   * GroupResource string).
   */
  public String qualifiedResource() {
    return group.isEmpty() ? resource : resource + "." + group;
  }
}
