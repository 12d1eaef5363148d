package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/checks/ is generated from the checks' metadata; this fails when it is stale. */
class CheckDocsTest {

  @Test
  void committedDocsMatchTheCatalog() throws IOException {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeTrue(repo != null, "bulwark.repo.dir is not set (run through Maven)");
    Path docs = Path.of(repo, "docs", "checks");
    Map<String, String> expected = CheckDocs.render(ChecksCommand.catalog());
    String hint = " is stale: run ./bulwark checks docs and commit docs/checks/";
    for (Map.Entry<String, String> page : expected.entrySet()) {
      Path file = docs.resolve(page.getKey());
      assertThat(file).as("docs/checks/" + page.getKey() + hint).exists();
      assertThat(Files.readString(file)).as("docs/checks/" + page.getKey() + hint).isEqualTo(page.getValue());
    }
    try (Stream<Path> files = Files.list(docs)) {
      Set<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
      assertThat(present).as("docs/checks/ has pages for checks that no longer exist" + hint).isEqualTo(expected.keySet());
    }
  }
}
