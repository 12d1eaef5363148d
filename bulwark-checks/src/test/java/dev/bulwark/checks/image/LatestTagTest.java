package dev.bulwark.checks.image;

import static dev.bulwark.checks.testsupport.Findings.describe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.testsupport.Findings;
import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LatestTagTest {
  private static final String DIGEST =
      "@sha256:3b1f6c9d2e8a4f7b0c5d1e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c";
  private final LatestTag check = new LatestTag();

  private static dev.bulwark.api.Resource podWithImage(String image) {
    return TestResources.pod("{\"containers\":[{\"name\":\"app\",\"image\":\"" + image + "\"}]}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nginx | container \"app\" uses image \"nginx\", which has no tag and so pulls the moving"
            + " :latest",
        "nginx:latest | container \"app\" uses image \"nginx:latest\", whose :latest tag moves with"
            + " every push",
        "localhost:5000/app | container \"app\" uses image \"localhost:5000/app\", which has no tag"
            + " and so pulls the moving :latest",
        "registry.example.com:443/a/b:latest | container \"app\" uses image"
            + " \"registry.example.com:443/a/b:latest\", whose :latest tag moves with every push",
      })
  void flagsFloatingImages(String image, String message) {
    assertThat(describe(Findings.of(check, podWithImage(image))))
        .containsExactly("/spec/containers/0/image: " + message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nginx:1.27",
        "nginx:Latest",
        "nginx:latest-alpine",
        "localhost:5000/app:1",
        "app" + DIGEST,
        "app:latest" + DIGEST,
        "localhost:5000/app" + DIGEST,
        "Not A Reference",
        "",
      })
  void acceptsVersionedPinnedOrUnparsable(String image) {
    assertThat(Findings.of(check, podWithImage(image))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":\"app\"}",
        "{\"name\":\"app\",\"image\":null}",
        "{\"name\":\"app\",\"image\":7}"
      })
  void ignoresMissingImages(String container) {
    assertThat(Findings.of(check, TestResources.pod("{\"containers\":[" + container + "]}")))
        .isEmpty();
  }
}
