package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.checks.controlplane.Origin;
import dev.bulwark.checks.controlplane.Setting;

/**
 * What a CIS result rests on: a setting and its value (or its absence), a file's mode or owner, an
 * object that breaks a policy item.
 *
 * @param kind what sort of thing was looked at
 * @param subject the flag or key, the file's path, or the object
 * @param value what was found; null for a setting that is absent
 * @param origin where it was found (or would have to be added), or null when there is no such place
 */
public record Evidence(Kind kind, String subject, String value, Origin origin) {

  /** What sort of thing a piece of evidence is about. */
  public enum Kind {
    SETTING,
    FILE,
    OBJECT
  }

  /** A setting that was found. */
  public static Evidence of(Setting setting) {
    return new Evidence(Kind.SETTING, setting.key(), setting.value(), setting.origin());
  }

  /** A setting that is absent, with where it would have to be added. */
  public static Evidence missing(String subject, Origin where) {
    return new Evidence(Kind.SETTING, subject, null, where);
  }

  /** A file on the node and what was found about it ({@code mode 644}, {@code not found}). */
  public static Evidence file(String path, String finding) {
    return new Evidence(Kind.FILE, path, finding, null);
  }

  /** An object and what is wrong or right with it. */
  public static Evidence object(String object, String finding, Origin origin) {
    return new Evidence(Kind.OBJECT, object, finding, origin);
  }

  /** What was found, e.g. {@code --profiling=true} or {@code --profiling not set}. */
  public String statement() {
    return switch (kind) {
      case SETTING -> value == null ? subject + " not set" : subject + "=" + value;
      case FILE, OBJECT -> subject + ": " + value;
    };
  }

  /** One line for reports, e.g. {@code --profiling=true (kube-apiserver.yaml:14)}. */
  public String describe() {
    return origin == null ? statement() : statement() + " (" + origin + ")";
  }
}
