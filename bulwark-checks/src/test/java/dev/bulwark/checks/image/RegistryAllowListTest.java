package dev.bulwark.checks.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryAllowListTest {

  @ParameterizedTest(name = "{0} allows {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "docker.io|nginx|true",
        "docker.io|nginx:1.27@sha256:2a04e01f31a7e6601e33777190c78671969bb610e83da34d0c1e29d0addbb05d|true",
        "docker.io|bitnami/redis:7|true",
        "docker.io|index.docker.io/library/nginx|true",
        "index.docker.io|nginx|true",
        "DOCKER.IO|nginx|true",
        "docker.io|ghcr.io/example/app|false",
        "docker.io/library/|nginx|true",
        "docker.io/library|library/nginx|true",
        "docker.io/library/|bitnami/redis|false",
        "ghcr.io/example/|ghcr.io/example/app:1|true",
        "ghcr.io/example|ghcr.io/example/team/app|true",
        "ghcr.io/example|ghcr.io/example|true",
        "ghcr.io/example|ghcr.io/example-evil/app|false",
        "ghcr.io/example/|ghcr.io/other/app|false",
        "registry.example.com|registry.example.com/shop/api|true",
        "registry.example.com|registry.example.com:5000/shop/api|false",
        "registry.example.com:5000|registry.example.com:5000/shop/api|true",
        "registry.example.com|evilregistry.example.com/shop/api|false",
        "*.dkr.ecr.eu-west-1.amazonaws.com|123456789012.dkr.ecr.eu-west-1.amazonaws.com/api|true",
        "*.dkr.ecr.eu-west-1.amazonaws.com|dkr.ecr.eu-west-1.amazonaws.com/api|false",
        "*.dkr.ecr.eu-west-1.amazonaws.com|123456789012.dkr.ecr.us-east-1.amazonaws.com/api|false",
        "localhost:5000|localhost:5000/app|true",
      })
  void allows(String entry, String image, boolean allowed) {
    RegistryAllowList list = RegistryAllowList.of(List.of(entry));
    assertThat(list.allows(ImageReference.parse(image).orElseThrow())).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "nginx, docker.io/library/nginx",
    "bitnami/redis:7, docker.io/bitnami/redis",
    "registry-1.docker.io/library/nginx, docker.io/library/nginx",
    "ghcr.io/example/app:1, ghcr.io/example/app",
    "localhost:5000/app, localhost:5000/app"
  })
  void qualifiesNamesAsRuntimesDo(String image, String qualified) {
    assertThat(RegistryAllowList.qualifiedName(ImageReference.parse(image).orElseThrow()))
        .isEqualTo(qualified);
  }
}
