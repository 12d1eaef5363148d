package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.CommandLine.Flag;
import dev.bulwark.checks.support.CommandLine.Word;
import dev.bulwark.checks.testsupport.TestResources;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void splitsShellLinesAndKeepsTheElementPointer() {
    CommandLine line =
        of(
            "{\"command\":[\"sh\",\"-c\",\"exec /app --name='a b' --x=\\\"$Y\\\" && echo\"],"
                + "\"args\":[\"--plain\"]}");
    assertThat(line.words().stream().map(Word::text))
        .containsExactly(
            "sh", "-c", "exec", "/app", "--name=a b", "--x=$Y", "&&", "echo", "--plain");
    assertThat(line.words().get(4).pointer().toString()).isEqualTo("/spec/containers/0/command/2");
    assertThat(line.words().get(8).pointer().toString()).isEqualTo("/spec/containers/0/args/0");
  }

  @Test
  void readsFlagsInlineValuesNextWordsAndAssignments() {
    CommandLine line =
        of(
            "{\"args\":[\"--token\",\"abc\",\"-v\",\"--port=8080\",\"--flag\",\"--debug\","
                + "\"DB_PASS=x\",\"positional\"]}");
    List<Flag> flags = line.flags();
    assertThat(flags.stream().map(Flag::written))
        .containsExactly("--token", "-v", "--port", "--flag", "--debug", "DB_PASS");
    assertThat(flags.get(0).value().map(Word::text)).contains("abc");
    assertThat(flags.get(0).value().get().pointer().toString())
        .isEqualTo("/spec/containers/0/args/1");
    assertThat(flags.get(2).value().map(Word::text)).contains("8080");
    assertThat(flags.get(3).value()).isEmpty();
    assertThat(flags.get(5).name()).isEqualTo("DB_PASS");
    assertThat(flags.get(5).value().map(Word::text)).contains("x");
    // An assignment never takes the next word.
    assertThat(flags.get(5).next()).isEmpty();
  }

  @Test
  void switchesAreOnUnlessSetFalseAndTheLastOccurrenceWins() {
    CommandLine line =
        of("{\"args\":[\"--a\",\"--b=false\",\"--c=true\",\"--d=1\",\"--e=0\",\"--a=false\"]}");
    assertThat(line.flag("b").get().isOn()).isFalse();
    assertThat(line.flag("c").get().isOn()).isTrue();
    assertThat(line.flag("d").get().isOn()).isTrue();
    assertThat(line.flag("e").get().isOn()).isFalse();
    assertThat(line.flag("a").get().isOn()).isFalse();
    assertThat(line.flag("missing")).isEmpty();
  }

  @Test
  void ignoresWhatIsNotAListOfStrings() {
    assertThat(of("{\"args\":\"--token=x\"}").words()).isEmpty();
    assertThat(of("{\"args\":[1,true,null,{\"a\":\"b\"}]}").words()).isEmpty();
  }

  private static CommandLine of(String containerFields) {
    String container = containerFields.replaceFirst("^\\{", "{\"name\":\"c\",");
    ContainerRef ref =
        Workloads.containers(TestResources.pod("{\"containers\":[" + container + "]}")).get(0);
    return CommandLine.of(ref);
  }
}
