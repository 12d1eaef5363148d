package dev.bulwark.admission.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Resource;
import dev.bulwark.checks.pss.PssLevel;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The configuration the deployment ships (deploy/admission's ConfigMap and the Helm chart's
 * default values) is a valid config file with the documented defaults.
 */
class DeployedConfigTest {
  private static final CheckRegistry REGISTRY = CheckRegistry.discover();

  private static Path repo() {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeTrue(repo != null, "bulwark.repo.dir is not set (run through Maven)");
    return Path.of(repo);
  }

  @Test
  void configMapHoldsAValidConfig() throws AdmissionConfigException {
    Path file = repo().resolve("deploy/admission/20-config.yaml");
    LoadResult loaded = new ManifestLoader().load(List.of(file.toString()));
    assertThat(loaded.diagnostics()).isEmpty();
    Resource configMap = loaded.resources().get(0);
    assertThat(configMap.kind()).isEqualTo("ConfigMap");
    String text = configMap.object().path("data").path("admission.yaml").asString();

    assertShippedDefaults(AdmissionConfig.parse(file + " (admission.yaml)", text, REGISTRY));
  }

  @Test
  void helmDefaultValuesHoldTheSameValidConfig() throws IOException, AdmissionConfigException {
    Path values = repo().resolve("deploy/helm/bulwark-admission/values.yaml");
    @SuppressWarnings("unchecked")
    Map<String, Object> root =
        (Map<String, Object>)
            new Load(LoadSettings.builder().build()).loadFromString(Files.readString(values));
    // what the chart's configmap.yaml does with toYaml
    String text = new Dump(DumpSettings.builder().build()).dumpToString(root.get("config"));

    assertShippedDefaults(AdmissionConfig.parse(values + " (config)", text, REGISTRY));
  }

  private static void assertShippedDefaults(AdmissionConfig config) {
    PodSecurityConfig podSecurity = config.podSecurity();
    assertThat(podSecurity.enabled()).isTrue();
    assertThat(podSecurity.defaults().enforce().level()).isEqualTo(PssLevel.BASELINE);
    assertThat(podSecurity.defaults().warn().level()).isEqualTo(PssLevel.RESTRICTED);
    assertThat(podSecurity.defaults().audit().level()).isEqualTo(PssLevel.RESTRICTED);
    assertThat(podSecurity.exemptions().namespaces()).containsExactly("kube-system");
    assertThat(podSecurity.exemptions().usernames()).isEmpty();
    assertThat(config.policies()).hasSize(1);
    assertThat(config.policies().get(0).mode()).isEqualTo(PolicyMode.WARN);
    assertThat(config.policies().get(0).checks()).hasSize(1);
    // the webhook configuration's timeoutSeconds (5) must stay above this budget
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.onTimeout()).isEqualTo(TimeoutAction.ALLOW);
    assertThat(config.maxRequestBytes()).isEqualTo(3L * 1024 * 1024);
  }
}
