package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kubectl get -A -o yaml} output: a v1 List of live objects with owners and status. */
class KubectlOutputTest {
  private static final String KUBECTL_GET_ALL =
      """
      apiVersion: v1
      kind: List
      metadata:
        resourceVersion: ""
      items:
        - apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: web
            namespace: shop
            uid: 1a
            managedFields:
              - manager: kubectl
          spec:
            template:
              spec:
                containers:
                  - name: app
                    image: shop/web:1
                    securityContext:
                      privileged: true
          status:
            replicas: 1
        - apiVersion: apps/v1
          kind: ReplicaSet
          metadata:
            name: web-5d8
            namespace: shop
            uid: 2b
            ownerReferences:
              - {apiVersion: apps/v1, kind: Deployment, name: web, uid: 1a, controller: true}
          spec:
            template:
              spec:
                containers:
                  - name: app
                    image: shop/web:1
                    securityContext:
                      privileged: true
        - apiVersion: v1
          kind: Pod
          metadata:
            name: web-5d8-x7k
            namespace: shop
            ownerReferences:
              - {apiVersion: apps/v1, kind: ReplicaSet, name: web-5d8, uid: 2b, controller: true}
          spec:
            containers:
              - name: app
                image: shop/web:1
                securityContext:
                  privileged: true
          status:
            phase: Running
      """;

  @TempDir Path dir;

  @Test
  void aKubectlListIsScannedAndOwnedCopiesAreReportedOnceOnTheirOwner() throws IOException {
    Path input = Files.writeString(dir.resolve("all.yaml"), KUBECTL_GET_ALL);
    Path report = dir.resolve("report.json");

    CliRunner run = CliRunner.run("scan", input.toString(), "-f", "json", "-o", report.toString());

    assertThat(run.exitCode).isEqualTo(1);
    JsonNode findings = JsonMapper.builder().build().readTree(report.toFile()).path("findings");
    assertThat(findings.findValuesAsString("check")).contains("privileged-container");
    for (JsonNode finding : findings) {
      assertThat(finding.path("object").path("kind").asString()).isEqualTo("Deployment");
    }
  }
}
