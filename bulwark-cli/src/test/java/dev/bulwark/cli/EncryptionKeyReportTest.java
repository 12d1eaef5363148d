package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An encryption key found in a file is reported by name in every format, never by value. */
class EncryptionKeyReportTest {
  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "sarif", "junit", "html"})
  void keyValueNeverReachesTheReport(String format) throws IOException {
    Path config = dir.resolve("encryption.yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "apiVersion: apiserver.config.k8s.io/v1",
            "kind: EncryptionConfiguration",
            "resources:",
            "- resources: [secrets]",
            "  providers:",
            "  - secretbox:",
            "      keys:",
            "      - name: key-2026",
            "        secret: " + KEY,
            ""));
    Path report = dir.resolve("report." + format);
    CliRunner r = CliRunner.run("scan", "-f", format, "-o", report.toString(), config.toString());
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(Files.readString(report))
        .contains("encryption-key-in-file")
        .contains("key-2026")
        .doesNotContain(KEY);
  }
}
