package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison for reporter output, read from and written to {@code
 * src/test/resources/golden/} in the source tree.
 *
 * <p>To accept new output after an intended change, run the tests with the system property {@code
 * bulwark.updateGolden=true}, for example {@code ./mvnw -pl bulwark-report test
 * -Dbulwark.updateGolden=true}; the tests then rewrite the golden files instead of comparing. Read
 * the diff before committing it: the golden files are the reviewable specification of each format.
 */
final class Golden {

  private static final boolean UPDATE = Boolean.getBoolean("bulwark.updateGolden");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = directory().resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("golden file %s is missing; run with -Dbulwark.updateGolden=true to create it", file);
      }
      assertThat(actual)
          .as("output differs from %s (run with -Dbulwark.updateGolden=true to accept)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory() {
    // Surefire runs in the module directory and also sets basedir.
    return Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");
  }
}
