package dev.bulwark.admission.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.namespaces.NamespaceManifests;
import dev.bulwark.api.Resource;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upstream's Pod Security conformance pods ({@code ../shared/conformance/pss}) sent as
 * AdmissionReviews into namespaces labelled with their level and version: pass pods allowed without
 * warnings, fail pods denied in upstream's words; as Deployment templates, never denied but warned.
 */
class AdmissionConformanceTest {
  private static LoadResult fixtures;
  private static PolicyReviewHandler handler;

  @BeforeAll
  static void load() {
    Path root = conformanceDir().resolve("pss");
    assumeTrue(
        Files.isDirectory(root),
        "PSS conformance suite not found at " + root.toAbsolutePath() + "; skipping");
    fixtures = new ManifestLoader().load(List.of(root.toString()));
    Map<String, Map<String, String>> namespaces = new HashMap<>();
    for (Resource pod : fixtures.resources()) {
      Fixture f = Fixture.of(pod);
      namespaces.put(
          f.namespace(),
          Map.of(
              "pod-security.kubernetes.io/enforce", f.level(),
              "pod-security.kubernetes.io/enforce-version", f.version()));
    }
    handler =
        new PolicyReviewHandler(
            AdmissionConfig.defaults(), NamespaceManifests.of(namespaces), ExistingPods.NONE);
  }

  record Fixture(String level, String version, boolean pass) {
    static Fixture of(Resource pod) {
      Path file = Path.of(pod.file());
      int n = file.getNameCount();
      return new Fixture(
          file.getName(n - 4).toString(),
          file.getName(n - 3).toString(),
          file.getName(n - 2).toString().equals("pass"));
    }

    String namespace() {
      return "conf-" + level + "-" + version.replace('.', '-');
    }

    String policy() {
      return level + ":" + version;
    }
  }

  @Test
  void everyFixtureAsAPod() throws Exception {
    assertThat(fixtures.resources()).hasSizeGreaterThan(4000);
    List<String> mismatches = new ArrayList<>();
    for (Resource pod : fixtures.resources()) {
      Fixture f = Fixture.of(pod);
      String name = pod.name();
      ObjectNode review = Reviews.sample("pod-create-v1.json");
      ObjectNode request = Reviews.request(review);
      request.put("namespace", f.namespace()).put("name", name);
      request.set("object", pod.object().deepCopy());
      JsonNode r = handler.handle(review).get("response");
      boolean allowed = r.get("allowed").booleanValue();
      if (f.pass() && (!allowed || r.has("warnings"))) {
        mismatches.add(pod.file() + ": expected allowed without warnings, got " + r);
      }
      String prefix =
          "pods \"" + name + "\" is forbidden: violates PodSecurity \"" + f.policy() + "\": ";
      if (!f.pass() && (allowed || !r.at("/status/message").stringValue().startsWith(prefix))) {
        mismatches.add(pod.file() + ": expected a denial starting " + prefix + ", got " + r);
      }
    }
    assertThat(mismatches).as("%d fixtures disagree", mismatches.size()).isEmpty();
  }

  @Test
  void everyFixtureAsADeploymentTemplate() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (Resource pod : fixtures.resources()) {
      Fixture f = Fixture.of(pod);
      ObjectNode review = Reviews.sample("deployment-create-v1beta1.json");
      ObjectNode request = Reviews.request(review);
      request.put("namespace", f.namespace());
      ObjectNode template = (ObjectNode) request.at("/object/spec/template");
      template.set("metadata", pod.object().path("metadata").deepCopy());
      template.set("spec", pod.object().path("spec").deepCopy());
      JsonNode r = handler.handle(review).get("response");
      if (!r.get("allowed").booleanValue()) {
        mismatches.add(pod.file() + ": a controller was denied: " + r);
        continue;
      }
      String expected = "would violate PodSecurity \"" + f.policy() + "\": ";
      boolean warned =
          r.has("warnings") && r.get("warnings").get(0).stringValue().startsWith(expected);
      if (f.pass() == warned) {
        mismatches.add(
            pod.file() + ": expected " + (f.pass() ? "no warning" : "a warning") + ", got " + r);
      }
    }
    assertThat(mismatches).as("%d fixtures disagree", mismatches.size()).isEmpty();
  }

  static Path conformanceDir() {
    String configured = System.getProperty("bulwark.conformance.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("bulwark.repo.dir", ".."), "..", "shared", "conformance");
  }
}
