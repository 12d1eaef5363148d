package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster that cannot be reached: one clear line, exit code 2, no stack trace. Needs no corpus. */
class ClusterUnreachableIT {
  @TempDir Path dir;

  @Test
  void anUnreachableServerIsAClearErrorWithExitCodeTwo() throws IOException {
    Path config = MockCluster.writeKubeconfig(dir, "https://127.0.0.1:1");
    CliRunner run = CliRunner.run("scan", "--cluster", "--kubeconfig", config.toString(), "-q");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("cannot reach the API server at https://127.0.0.1:1");
    assertThat(run.err + run.out).doesNotContain("\tat ").doesNotContain("Exception:");
  }

  @Test
  void aMissingKubeconfigIsAClearErrorWithExitCodeTwo() {
    CliRunner run =
        CliRunner.run("cluster", "dump", "--kubeconfig", dir.resolve("absent").toString(), "-o", dir.resolve("d").toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("does not exist").doesNotContain("\tat ");
  }
}
