package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark admission serve}: help and every refusal before the server starts. */
class AdmissionServeCommandTest {
  @TempDir Path dir;

  @Test
  void helpDescribesTheCommand() {
    CliRunner top = CliRunner.run("--help");
    assertThat(top.out).contains("admission");
    CliRunner r = CliRunner.run("admission", "serve", "--help");
    assertThat(r.exitCode).isZero();
    assertThat(r.out)
        .contains(
            "--tls-cert",
            "--tls-key",
            "--namespaces",
            "--kubeconfig",
            "--context",
            "--port",
            "--host");
    assertThat(CliRunner.run("admission").out).contains("serve");
  }

  @Test
  void certificateAndKeyAreRequired() {
    CliRunner r = CliRunner.run("admission", "serve");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("--tls-cert").contains("--tls-key");
  }

  @Test
  void missingFilesAreNamed() {
    CliRunner r =
        CliRunner.run(
            "admission",
            "serve",
            "--tls-cert",
            dir.resolve("nope.crt").toString(),
            "--tls-key",
            dir.resolve("nope.key").toString(),
            "--namespaces",
            dir.resolve("ns.yaml").toString(),
            "--port",
            "70000");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err)
        .contains("bulwark: --tls-cert " + dir.resolve("nope.crt") + ": no such file")
        .contains("bulwark: --tls-key " + dir.resolve("nope.key") + ": no such file")
        .contains("bulwark: --namespaces " + dir.resolve("ns.yaml") + ": no such file or folder")
        .contains("bulwark: --port 70000: must be 0-65535");
  }

  @Test
  void badConfigIsReportedWithItsProblems() throws Exception {
    Path cert = Files.writeString(dir.resolve("tls.crt"), "x");
    Path key = Files.writeString(dir.resolve("tls.key"), "x");
    Path config =
        Files.writeString(
            dir.resolve("admission.yaml"),
            "apiVersion: bulwark.dev/v1alpha1\n"
                + "kind: AdmissionConfiguration\n"
                + "onTimeout: sometimes\n");
    CliRunner r =
        CliRunner.run(
            "admission",
            "serve",
            "--tls-cert",
            cert.toString(),
            "--tls-key",
            key.toString(),
            "--config",
            config.toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("bulwark: " + config + ": ").contains("onTimeout");
  }

  @Test
  void unusableCertificateIsRefused() throws Exception {
    Path cert =
        Files.writeString(
            dir.resolve("tls.crt"),
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    Path key = Files.writeString(dir.resolve("tls.key"), "not a key\n");
    Path namespaces =
        Files.writeString(
            dir.resolve("ns.yaml"),
            "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: default\n");
    CliRunner r =
        CliRunner.run(
            "admission",
            "serve",
            "--port",
            "0",
            "--host",
            "127.0.0.1",
            "--tls-cert",
            cert.toString(),
            "--tls-key",
            key.toString(),
            "--namespaces",
            namespaces.toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).startsWith("bulwark: cannot parse " + cert).doesNotContain("\tat ");
  }
}
