package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandsTest {

  @Test
  void versionPrintsTheBuildVersion() {
    CliRunner r = CliRunner.run("version");
    assertThat(r.exitCode).isZero();
    assertThat(r.out).startsWith("bulwark ").doesNotContain("${").doesNotContain("unknown");
  }

  @Test
  void checksListsTheCatalog() {
    CliRunner r = CliRunner.run("checks");
    assertThat(r.exitCode).isZero();
    assertThat(r.out).contains("privileged-container").contains("critical").contains("checks.");
  }

  @Test
  void helpWorksOnEveryCommand() {
    for (String[] args : new String[][] {{"--help"}, {"scan", "--help"}, {"cis", "--help"}, {"checks", "--help"}, {"checks", "docs", "--help"}, {"admission", "--help"}, {"admission", "serve", "--help"}, {"version", "--help"}}) {
      CliRunner r = CliRunner.run(args);
      assertThat(r.exitCode).as(String.join(" ", args)).isZero();
      assertThat(r.out).as(String.join(" ", args)).contains("Usage:");
    }
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRunner r = CliRunner.run("scna");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("scna");
  }
}
