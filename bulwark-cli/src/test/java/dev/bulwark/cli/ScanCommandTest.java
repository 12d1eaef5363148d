package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scan command's contract: formats, exit codes, config, suppression, bad input. */
class ScanCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String PRIVILEGED_POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
        namespace: team
      spec:
        containers:
          - name: app
            image: registry.example.com/app:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            securityContext:
              privileged: yes
              runAsNonRoot: true
              runAsUser: 1000
      """;

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  private JsonNode scanJson(String... extra) {
    Path report = dir.resolve("report.json");
    String[] args = new String[extra.length + 4];
    args[0] = "scan";
    System.arraycopy(extra, 0, args, 1, extra.length);
    args[extra.length + 1] = "-f";
    args[extra.length + 2] = "json";
    args[extra.length + 3] = "-o=" + report;
    CliRunner r = CliRunner.run(args);
    lastExit = r.exitCode;
    return JSON.readTree(report.toFile());
  }

  private int lastExit;

  @Test
  void yamlOneOneBooleanIsCaughtWithItsLineAndExitOne() throws IOException {
    Path pod = write("pod.yaml", PRIVILEGED_POD);
    JsonNode report = scanJson(pod.toString());
    assertThat(lastExit).isEqualTo(1);
    JsonNode finding = privileged(report);
    assertThat(finding.path("location").path("line").asInt()).isEqualTo(11);
    assertThat(finding.path("pointer").asString()).isEqualTo("/spec/containers/0/securityContext/privileged");
    assertThat(finding.path("object").path("namespace").asString()).isEqualTo("team");
  }

  @Test
  void failOnThresholdDecidesTheExitCode() throws IOException {
    Path pod = write("pod.yaml", PRIVILEGED_POD);
    scanJson(pod.toString(), "--fail-on", "none");
    assertThat(lastExit).isZero();
    scanJson(pod.toString(), "--fail-on", "critical");
    assertThat(lastExit).isEqualTo(1);
  }

  @Test
  void badInputIsReportedAndTheRestStillScanned() throws IOException {
    write("dir/good.yaml", PRIVILEGED_POD);
    write("dir/broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: x\n");
    write("dir/nokind.yaml", "apiVersion: v1\nmetadata:\n  name: x\n");
    JsonNode report = scanJson(dir.resolve("dir").toString());
    assertThat(lastExit).isEqualTo(2);
    assertThat(privileged(report).path("location").path("file").asString()).endsWith("good.yaml");
    assertThat(report.path("errors").size()).isGreaterThanOrEqualTo(2);
    for (JsonNode e : report.path("errors")) {
      assertThat(e.path("file").asString()).contains("dir");
      assertThat(e.path("line").asInt()).isPositive();
      assertThat(e.path("message").asString()).isNotBlank();
    }
  }

  @Test
  void annotationSuppressesButKeepsTheFindingInJson() throws IOException {
    Path pod =
        write(
            "pod.yaml",
            PRIVILEGED_POD.replace(
                "  namespace: team\n",
                "  namespace: team\n  annotations:\n    ignore-check.bulwark.dev/privileged-container: \"node agent\"\n"));
    JsonNode report = scanJson(pod.toString());
    assertThat(lastExit).isZero();
    JsonNode finding = privileged(report);
    assertThat(finding.path("suppressed").asBoolean()).isTrue();
    assertThat(finding.path("suppression").path("reason").asString()).isEqualTo("node agent");
  }

  @Test
  void configFileDisablesChecksAndItsMistakesAreErrorsWithLines() throws IOException {
    Path pod = write("pod.yaml", PRIVILEGED_POD);
    Path good = write("good.yaml", "checks:\n  disable: [privileged-container]\n");
    scanJson(pod.toString(), "--config", good.toString());
    assertThat(lastExit).isZero();

    Path bad = write("bad.yaml", "checks:\n  disable:\n    - privileged-containr\n");
    JsonNode report = scanJson(pod.toString(), "--config", bad.toString());
    assertThat(lastExit).isEqualTo(2);
    JsonNode error = report.path("errors").get(0);
    assertThat(error.path("file").asString()).endsWith("bad.yaml");
    assertThat(error.path("line").asInt()).isEqualTo(3);
    assertThat(error.path("message").asString()).contains("unknown check 'privileged-containr'");
  }

  @Test
  void missingConfigFileIsAnError() throws IOException {
    Path pod = write("pod.yaml", PRIVILEGED_POD);
    JsonNode report = scanJson(pod.toString(), "--config", dir.resolve("nope.yaml").toString());
    assertThat(lastExit).isEqualTo(2);
    assertThat(report.path("errors").get(0).path("message").asString()).contains("not found");
  }

  @Test
  void stdinIsReadFromDash() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(PRIVILEGED_POD.getBytes(StandardCharsets.UTF_8)));
      JsonNode report = scanJson("-");
      assertThat(lastExit).isEqualTo(1);
      assertThat(privileged(report).path("location").path("file").asString()).isEqualTo("-");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void everyFormatRenders() throws IOException {
    Path pod = write("pod.yaml", PRIVILEGED_POD);
    for (String format : new String[] {"table", "json", "sarif", "junit", "html"}) {
      Path out = dir.resolve("out." + format);
      CliRunner r = CliRunner.run("scan", pod.toString(), "-f", format, "-o", out.toString(), "--color", "never");
      assertThat(r.exitCode).as(format).isEqualTo(1);
      assertThat(Files.readString(out)).as(format).contains("privileged-container");
    }
  }

  @Test
  void usageErrorsNameTheProblemAndExitTwo() {
    CliRunner unknownFlag = CliRunner.run("scan", "x.yaml", "--frobnicate");
    assertThat(unknownFlag.exitCode).isEqualTo(2);
    assertThat(unknownFlag.err).contains("--frobnicate");

    CliRunner badFormat = CliRunner.run("scan", "x.yaml", "-f", "xml");
    assertThat(badFormat.exitCode).isEqualTo(2);
    assertThat(badFormat.err).contains("xml");

    CliRunner badFailOn = CliRunner.run("scan", "x.yaml", "--fail-on", "severe");
    assertThat(badFailOn.exitCode).isEqualTo(2);
    assertThat(badFailOn.err).contains("severe");

    CliRunner noPath = CliRunner.run("scan");
    assertThat(noPath.exitCode).isEqualTo(2);
    assertThat(noPath.err).contains("PATH");
  }

  @Test
  void missingPathIsBadInput() {
    JsonNode report = scanJson(dir.resolve("absent").toString());
    assertThat(lastExit).isEqualTo(2);
    assertThat(report.path("errors").get(0).path("file").asString()).endsWith("absent");
  }

  /** The single privileged-container finding of a report (other checks fire on the pod too). */
  private static JsonNode privileged(JsonNode report) {
    List<JsonNode> found = new ArrayList<>();
    report.path("findings").forEach(f -> {
      if (f.path("check").asString().equals("privileged-container")) {
        found.add(f);
      }
    });
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
