package dev.bulwark.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.testsupport.FixtureYaml;
import dev.bulwark.checks.testsupport.TestContext;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reports end up in CI logs, tickets and chat: no secrets check may repeat a credential. Runs every
 * check of the secrets category on every fixture of the module and looks for the fake credentials
 * the fixtures use, and for the value the finding points at.
 */
class SecretMessagesTest {
  private static final List<String> FAKE_CREDENTIALS =
      List.of(
          "Sup3rS3cret",
          "hunter2",
          "EXAMPLE0example",
          "EXAMPLEexample",
          "AKIAIOSFODNN7",
          "wJalrXUtnFEMI",
          "xoxb-",
          "sk_live_",
          "sk_test_",
          "glpat-",
          "eyJhbGci",
          "MHcCAQEE",
          "s3cret",
          "letmein",
          "changeme",
          "r3dis",
          "tok-2024",
          "8f14e45f",
          "Kx9mQ2vL",
          "mail-pass",
          "U3VwM3JT");

  @Test
  void messagesNameKeysNeverValues() throws IOException, URISyntaxException {
    List<Check> checks =
        ServiceLoader.load(CheckProvider.class).stream()
            .flatMap(p -> p.get().checks().stream())
            .filter(c -> c.metadata().category() == Category.SECRETS)
            .toList();
    assertThat(checks).hasSizeGreaterThan(4);
    List<String> messages = new ArrayList<>();
    for (Path fixture : fixtures()) {
      List<Resource> resources = FixtureYaml.read(fixture);
      for (Check check : checks) {
        TestContext context =
            TestContext.defaultsOf(check).withInventory(Inventory.of(resources), false);
        for (Resource resource : resources) {
          if (!check.metadata().appliesTo(resource.kind())) {
            continue;
          }
          try {
            for (Violation v : check.check(resource, context)) {
              assertThat(v.message()).doesNotContain(pointedValue(resource, v));
              messages.add(v.message());
            }
          } catch (NotEvaluatedException e) {
            // Nothing reported, nothing leaked.
          }
        }
      }
    }
    assertThat(messages).hasSizeGreaterThan(30);
    for (String message : messages) {
      for (String credential : FAKE_CREDENTIALS) {
        assertThat(message).doesNotContain(credential);
      }
    }
  }

  /**
   * The scalar a finding points at, when too long to be a name the message rightly repeats (a
   * container called "postgres"), else a sentinel.
   */
  private static String pointedValue(Resource resource, Violation v) {
    JsonNode node = resource.at(v.pointer());
    String text = node.isString() ? node.asString() : "";
    return text.length() >= 10 ? text : "\u0000never\u0000";
  }

  private static List<Path> fixtures() throws IOException, URISyntaxException {
    Path root = Path.of(SecretMessagesTest.class.getResource("/checks").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
