package dev.bulwark.admission.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.engine.CheckRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One handler shared by many threads gives every thread the answer a lone thread gets. */
class ConcurrentReviewsTest {

  @Test
  void sharedHandlerIsThreadSafe() throws Exception {
    AdmissionConfig config =
        AdmissionConfig.parse(
            "c.yaml",
            """
            apiVersion: bulwark.dev/v1alpha1
            kind: AdmissionConfiguration
            policies:
              - {name: images, mode: warn, checks: [latest-tag, no-cpu-request]}
              - {name: hardening, mode: enforce, checks: [privileged-container]}
            """,
            CheckRegistry.discover());
    PolicyReviewHandler handler =
        new PolicyReviewHandler(config, PodSecurityReviewTest.NAMESPACES, ExistingPods.NONE);
    List<ObjectNode> reviews =
        List.of(
            Reviews.podReview("CREATE", "restricted-ns", "a", Reviews.PLAIN_SPEC),
            Reviews.podReview("CREATE", "baseline-ns", "b", Reviews.PLAIN_SPEC),
            Reviews.podReview("CREATE", "baseline-ns", "c", Reviews.PRIVILEGED_SPEC),
            Reviews.podReview("CREATE", "privileged-ns", "d", Reviews.RESTRICTED_SPEC));
    List<JsonNode> expected = new ArrayList<>();
    for (ObjectNode r : reviews) {
      expected.add(handler.handle(r));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        final int offset = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    int k = (i + offset) % reviews.size();
                    if (!handler.handle(reviews.get(k)).equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
