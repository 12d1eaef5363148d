package dev.bulwark.checks.controlplane;

/**
 * One configuration value as found: a command-line flag, a key of a configuration file or an
 * environment variable.
 *
 * @param key how the setting is named where it was found: {@code --anonymous-auth}, {@code
 *     authentication.anonymous.enabled}, {@code ETCD_CERT_FILE}
 * @param value its value as text; a bare boolean flag reads {@code true}
 * @param origin where it was written
 */
public record Setting(String key, String value, Origin origin) {

  /** {@code key=value}, the way reports quote a setting. */
  public String render() {
    return key + "=" + value;
  }
}
