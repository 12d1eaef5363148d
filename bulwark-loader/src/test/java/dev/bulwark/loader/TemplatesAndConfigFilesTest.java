package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helm templates and Kustomize/Helm configuration files give one warning, not errors. */
class TemplatesAndConfigFilesTest {
  @TempDir Path dir;

  private Path write(String relative, String... lines) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, Yaml.lines(lines));
    return file;
  }

  @Test
  void helmTemplateIsOneWarning() throws IOException {
    Path file =
        write(
            "deploy.yaml",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata:",
            "  name: {{ .Release.Name }}", // 4
            "  labels:",
            "    {{- include \"chart.labels\" . | nindent 4 }}",
            "spec:",
            "  replicas: {{ .Values.replicas }}");

    LoadResult result = new ManifestLoader().load(List.of(file.toString()));

    assertThat(result.resources()).isEmpty();
    assertThat(result.diagnostics())
        .containsExactly(
            Diagnostic.warning(new Location(file.toString(), 4, 1), FileRules.TEMPLATE_MESSAGE));
  }

  @Test
  void anythingWithBracesUnderTemplatesIsSkipped() throws IOException {
    // This one even parses, but its values are placeholders: scanning it would mislead.
    Path file =
        write(
            "chart/templates/cm.yaml",
            "apiVersion: v1",
            "kind: ConfigMap",
            "metadata:",
            "  name: \"{{ .Release.Name }}\"");
    Path plain = write("chart/templates/static.yaml", Yaml.configMap("static"));

    LoadResult result = new ManifestLoader().load(List.of(dir.resolve("chart").toString()));

    assertThat(result.resources()).extracting(r -> r.ref().name()).containsExactly("static");
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING);
              assertThat(d.location().file()).isEqualTo(file.toString());
              assertThat(d.message()).contains("helm template");
            });
    assertThat(plain).exists();
  }

  @Test
  void bracesInsideStringsOfAManifestAreJustText() {
    // PrometheusRule and Argo Workflow manifests carry Go templates in strings; they load.
    LoadResult result =
        Yaml.load(
            "rule.yaml",
            "apiVersion: monitoring.coreos.com/v1",
            "kind: PrometheusRule",
            "metadata: {name: r}",
            "spec:",
            "  groups:",
            "  - name: g",
            "    rules:",
            "    - alert: Down",
            "      annotations:",
            "        summary: \"{{ $labels.instance }} is down\"",
            "        description: |",
            "          {{ $labels.job }} has been down for 5 minutes.");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.resources()).hasSize(1);
  }

  @Test
  void kustomizationWithoutKindIsAWarning() throws IOException {
    Path file = write("overlay/kustomization.yaml", "resources:", "- ../base", "namePrefix: dev-");
    LoadResult result = new ManifestLoader().load(List.of(file.toString()));

    assertThat(result.resources()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING);
              assertThat(d.location()).isEqualTo(new Location(file.toString(), 1, 1));
              assertThat(d.message()).contains("Kustomize file").contains("kustomize build");
            });
  }

  @Test
  void kustomizationKindIsNotAnErrorAnywhere() {
    LoadResult unnamed =
        Yaml.load(
            "k.yaml",
            "apiVersion: kustomize.config.k8s.io/v1beta1",
            "kind: Kustomization",
            "resources: [a.yaml]");
    assertThat(unnamed.hasErrors()).isFalse();
    assertThat(unnamed.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING));

    LoadResult named =
        Yaml.load(
            "k.yaml",
            "apiVersion: kustomize.config.k8s.io/v1beta1",
            "kind: Kustomization",
            "metadata: {name: k}");
    assertThat(named.diagnostics()).isEmpty();
    assertThat(named.resources()).extracting(r -> r.kind()).containsExactly("Kustomization");
  }

  @Test
  void helmChartFilesAreWarnings() throws IOException {
    write("chart/Chart.yaml", "apiVersion: v2", "name: demo", "version: 0.1.0");
    write("chart/values.yaml", "replicas: 1", "image: {repository: nginx}");
    write("chart/values.schema.json", "{\"type\": \"object\"}");

    LoadResult result = new ManifestLoader().load(List.of(dir.resolve("chart").toString()));

    assertThat(result.resources()).isEmpty();
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics())
        .hasSize(3)
        .allSatisfy(d -> assertThat(d.message()).contains("Helm chart file"));
  }

  @Test
  void aBrokenConfigFileIsStillAnError() {
    LoadResult result = new ManifestLoader().loadString("values.yaml", "a: [\n");
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void componentConfigFilesLoadWithoutMetadata() throws IOException {
    Path file =
        write(
            "configs/kubelet-config.yaml",
            "apiVersion: kubelet.config.k8s.io/v1beta1",
            "kind: KubeletConfiguration",
            "authentication:",
            "  anonymous: {enabled: false}");
    Path audit =
        write("audit-policy.yaml", "apiVersion: audit.k8s.io/v1", "kind: Policy", "rules: []");

    LoadResult result = new ManifestLoader().load(List.of(file.toString(), audit.toString()));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.resources())
        .extracting(r -> r.kind() + " " + r.name())
        .containsExactly("KubeletConfiguration kubelet-config", "Policy audit-policy");
  }

  @Test
  void otherToolConfigWithoutMetadataIsStillAnError() {
    LoadResult result =
        Yaml.load("kind.yaml", "apiVersion: kind.x-k8s.io/v1alpha4", "kind: Cluster", "nodes: []");
    assertThat(Yaml.errorTexts(result))
        .containsExactly(
            "kind.yaml:1:1 not a Kubernetes object: no metadata (with name or generateName)");
  }
}
