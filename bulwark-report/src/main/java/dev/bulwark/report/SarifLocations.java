package dev.bulwark.report;

import dev.bulwark.api.Location;
import dev.bulwark.api.ObjectRef;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF {@code physicalLocation} and {@code logicalLocation} objects. Relative paths stay relative
 * to {@code %SRCROOT%}, which is what GitHub code scanning resolves against the repository root;
 * absolute paths become {@code file:} URIs and cluster URIs are kept as they are.
 */
final class SarifLocations {

  static final String SOURCE_ROOT = "%SRCROOT%";

  /** A URI scheme of two or more characters, so that {@code C:} stays a Windows drive. */
  private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

  private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:/");

  private SarifLocations() {}

  /**
   * {@code {"artifactLocation": {...}, "region": {...}}}, without a region when the line is
   * unknown.
   */
  static ObjectNode physical(Location location) {
    ObjectNode physical = Json.object();
    physical.set("artifactLocation", artifact(location.file()));
    if (location.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", location.line());
      if (location.column() > 0) {
        region.put("startColumn", location.column());
      }
    }
    return physical;
  }

  /** {@code {"fullyQualifiedName": "Kind/namespace/name", "kind": "resource"}}. */
  static ObjectNode logical(ObjectRef object) {
    ObjectNode logical = Json.object();
    logical.put("fullyQualifiedName", fullyQualifiedName(object));
    logical.put("kind", "resource");
    return logical;
  }

  /** {@code Kind/namespace/name}, or {@code Kind/name} when cluster-scoped. */
  static String fullyQualifiedName(ObjectRef object) {
    return object.kind()
        + "/"
        + (object.namespace() == null ? "" : object.namespace() + "/")
        + object.name();
  }

  static ObjectNode artifact(String file) {
    ObjectNode artifact = Json.object();
    if (URI_SCHEME.matcher(file).find()) {
      artifact.put("uri", file);
      return artifact;
    }
    String path = file.replace('\\', '/');
    if (path.startsWith("/")) {
      artifact.put("uri", "file://" + encodePath(path));
    } else if (WINDOWS_DRIVE.matcher(path).find()) {
      artifact.put("uri", "file:///" + encodePath(path));
    } else {
      while (path.startsWith("./")) {
        path = path.substring(2);
      }
      artifact.put("uri", encodePath(path));
      artifact.put("uriBaseId", SOURCE_ROOT);
    }
    return artifact;
  }

  /**
   * Percent-encodes everything a URI path may not contain literally (blanks, {@code %}, {@code #},
   * {@code ?}, non-ASCII as UTF-8 bytes), keeping slashes, so that odd file names still give a
   * valid URI reference.
   */
  static String encodePath(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isPathChar(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  /** RFC 3986 pchar plus {@code /}: unreserved, sub-delims, {@code :} and {@code @}. */
  private static boolean isPathChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
  }
}
