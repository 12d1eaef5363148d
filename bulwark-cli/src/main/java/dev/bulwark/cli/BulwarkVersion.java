package dev.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Bulwark's version, stamped into the jar by the build. */
public final class BulwarkVersion implements IVersionProvider {

  /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String get() {
    try (InputStream in = BulwarkVersion.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"bulwark " + get(), "Java " + System.getProperty("java.version")};
  }
}
