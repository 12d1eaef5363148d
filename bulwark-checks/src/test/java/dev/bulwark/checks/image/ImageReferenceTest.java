package dev.bulwark.checks.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {
  private static final String SHA =
      "sha256:3b1f6c9d2e8a4f7b0c5d1e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        // reference,                              registry,             repository,     tag,
        // digest?
        "nginx,                                    -,                    nginx,          -,     "
            + " false",
        "nginx:1.27,                               -,                    nginx,          1.27,  "
            + " false",
        "nginx:latest,                             -,                    nginx,          latest,"
            + " false",
        "library/nginx:1.27,                       -,                    library/nginx,  1.27,  "
            + " false",
        "docker.io/library/nginx,                  docker.io,            library/nginx,  -,     "
            + " false",
        "localhost/app,                            localhost,            app,            -,     "
            + " false",
        "localhost:5000/app,                       localhost:5000,       app,            -,     "
            + " false",
        "localhost:5000/app:2,                     localhost:5000,       app,            2,     "
            + " false",
        "localhost:5000,                           -,                    localhost,      5000,  "
            + " false",
        "registry.example.com:8443/team/api:v1.2,  registry.example.com:8443, team/api,  v1.2,  "
            + " false",
        "[::1]:5000/app:dev,                       [::1]:5000,           app,            dev,   "
            + " false",
        "10.0.0.7:5000/app,                        10.0.0.7:5000,        app,            -,     "
            + " false",
        "MyRegistry/app,                           MyRegistry,           app,            -,     "
            + " false",
        "ghcr.io/org/sub/app:1.0_rc-1,             ghcr.io,              org/sub/app,    1.0_rc-1,"
            + " false",
        "my-app__x.y:1,                            -,                    my-app__x.y,    1,     "
            + " false",
        "app@"
            + SHA
            + ",                          -,                    app,            -,      true",
        "app:1.2@"
            + SHA
            + ",                      -,                    app,            1.2,    true",
        "localhost:5000/app@"
            + SHA
            + ",           localhost:5000,       app,            -,      true",
      })
  void parsesParts(String text, String registry, String repository, String tag, boolean pinned) {
    ImageReference ref = ImageReference.parse(text).orElseThrow();
    assertThat(ref.registry()).isEqualTo(java.util.Optional.ofNullable(registry));
    assertThat(ref.repository()).isEqualTo(repository);
    assertThat(ref.tag()).isEqualTo(java.util.Optional.ofNullable(tag));
    assertThat(ref.pinned()).isEqualTo(pinned);
    assertThat(ref.digest().isPresent()).isEqualTo(pinned);
    assertThat(ref).hasToString(text);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        " nginx",
        "nginx ",
        "Nginx",
        "team/App:1",
        "nginx:",
        "nginx:-1",
        "nginx:a/b",
        ":1.0",
        "app@sha256:tooshort",
        "app@",
        "app@@sha256:3b1f6c9d2e8a4f7b0c5d1e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c",
        "registry.example.com/",
        "registry.example.com//app",
        "a/-b",
        "a__-b",
        "host:port/app",
        "-registry.example.com/app",
      })
  void rejectsMalformedReferences(String text) {
    assertThat(ImageReference.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nginx", "registry.example.com/app", "localhost:5000/app"})
  void registryDefaultsToDockerHubOnlyWhenNoneIsWritten(String text) {
    ImageReference ref = ImageReference.parse(text).orElseThrow();
    assertThat(ref.registryOrDefault())
        .isEqualTo(ref.registry().orElse(ImageReference.DEFAULT_REGISTRY));
  }

  @org.junit.jupiter.api.Test
  void ofRejectsARegistryThatWouldReadAsAPath() {
    assertThatThrownBy(() -> ImageReference.of("myhost", "app", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ImageReference.of("myhost:5000", "app", "1", null)).hasToString("myhost:5000/app:1");
  }

  @org.junit.jupiter.api.Test
  void tagLongerThan128CharactersIsRejected() {
    assertThat(ImageReference.parse("app:" + "a".repeat(128))).isPresent();
    assertThat(ImageReference.parse("app:" + "a".repeat(129))).isEmpty();
  }
}
