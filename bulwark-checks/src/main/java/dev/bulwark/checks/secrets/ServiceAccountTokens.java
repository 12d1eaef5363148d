package dev.bulwark.checks.secrets;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.support.JsonValues;

/** Facts about Secrets that hold ServiceAccount tokens. */
final class ServiceAccountTokens {
  static final String TYPE = "kubernetes.io/service-account-token";
  static final JsonPointer TYPE_FIELD = JsonPointer.of("type");

  private ServiceAccountTokens() {}

  /** True for a Secret of type {@value #TYPE}. */
  static boolean isTokenSecret(Resource resource) {
    return resource.kind().equals("Secret")
        && JsonValues.string(resource.at(TYPE_FIELD)).filter(TYPE::equals).isPresent();
  }
}
