package dev.bulwark.checks.exposure;

import dev.bulwark.api.CheckContext;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.NamePatterns;
import dev.bulwark.checks.support.Namespaces;

/**
 * What the service-type checks share: the type field and the {@code allowedServices} exemptions.
 */
final class ServiceTypes {
  static final JsonPointer TYPE = JsonPointer.of("spec", "type");
  static final String ALLOWED_SERVICES = "allowedServices";

  private ServiceTypes() {}

  /** True when the Service has this type and no {@code allowedServices} entry exempts it. */
  static boolean isExposedAs(Resource service, String type, CheckContext context) {
    return JsonValues.string(service.at(TYPE)).filter(type::equals).isPresent()
        && !NamePatterns.parse(context.parameterList(ALLOWED_SERVICES))
            .matches(Namespaces.of(service), service.name());
  }
}
