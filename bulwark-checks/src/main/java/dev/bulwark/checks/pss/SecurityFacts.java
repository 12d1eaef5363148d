package dev.bulwark.checks.pss;

import tools.jackson.databind.JsonNode;

/**
 * The fields of one {@code securityContext} (a pod's or a container's) that Pod Security reads,
 * decoded once so that evaluating several levels does not walk the tree again. {@code null} stands
 * for a nil pointer, as in the Go structs: a profile with no {@code type} is present with an empty
 * type, which is not the same as no profile.
 */
final class SecurityFacts {
  /** A security context that is absent. */
  static final SecurityFacts ABSENT = new SecurityFacts(null);

  final boolean present;
  final Boolean runAsNonRoot;
  final boolean runAsUserZero;
  final String seccompType;
  final String appArmorType;
  final boolean seLinuxPresent;
  final String seLinuxType;
  final String seLinuxUser;
  final String seLinuxRole;
  final Boolean hostProcess;

  // Container-only fields; unset on a pod's security context.
  final Boolean privileged;
  final Boolean allowPrivilegeEscalation;
  final boolean capabilitiesPresent;
  final JsonNode capabilitiesAdd;
  final JsonNode capabilitiesDrop;
  final String procMount;

  // Pod-only field; unset on a container's security context.
  final JsonNode sysctls;

  private SecurityFacts(JsonNode context) {
    present = context != null;
    runAsNonRoot = GoJson.optionalBool(context, "runAsNonRoot");
    JsonNode runAsUser = GoJson.optionalInt64(context, "runAsUser");
    runAsUserZero = runAsUser != null && runAsUser.longValue() == 0;
    JsonNode seccomp = GoJson.struct(context, "seccompProfile");
    seccompType = seccomp == null ? null : GoJson.string(seccomp, "type");
    JsonNode appArmor = GoJson.struct(context, "appArmorProfile");
    appArmorType = appArmor == null ? null : GoJson.string(appArmor, "type");
    JsonNode seLinux = GoJson.struct(context, "seLinuxOptions");
    seLinuxPresent = seLinux != null;
    seLinuxType = GoJson.string(seLinux, "type");
    seLinuxUser = GoJson.string(seLinux, "user");
    seLinuxRole = GoJson.string(seLinux, "role");
    hostProcess = GoJson.optionalBool(GoJson.struct(context, "windowsOptions"), "hostProcess");
    privileged = GoJson.optionalBool(context, "privileged");
    allowPrivilegeEscalation = GoJson.optionalBool(context, "allowPrivilegeEscalation");
    JsonNode capabilities = GoJson.struct(context, "capabilities");
    capabilitiesPresent = capabilities != null;
    capabilitiesAdd = GoJson.list(capabilities, "add");
    capabilitiesDrop = GoJson.list(capabilities, "drop");
    procMount = GoJson.optionalString(context, "procMount");
    sysctls = GoJson.list(context, "sysctls");
  }

  /** Decodes a {@code securityContext} node, which may be absent, null or of the wrong type. */
  static SecurityFacts of(JsonNode owner) {
    JsonNode context = GoJson.struct(owner, "securityContext");
    return context == null ? ABSENT : new SecurityFacts(context);
  }
}
