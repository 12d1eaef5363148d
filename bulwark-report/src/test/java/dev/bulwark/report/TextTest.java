package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextTest {

  @Test
  void escapesControlAndBidiCharactersVisibly() {
    assertThat(Text.printable("a\u001b[31mb\nc\u202Ed")).isEqualTo("a\\u001B[31mb\\u000Ac\\u202Ed");
  }

  @Test
  void keepsOrdinaryTextIncludingNonAsciiAndSurrogatePairs() {
    String text = "café 特権 \uD83D\uDD12 <&\"'>";

    assertThat(Text.printable(text)).isSameAs(text);
  }

  @Test
  void escapesLoneSurrogates() {
    assertThat(Text.printable("a\uD800b")).isEqualTo("a\\uD800b");
  }

  @ParameterizedTest
  @MethodSource("dev.bulwark.report.AwkwardStrings#all")
  void printableTextHasNoControlCharacters(String text) {
    assertThat(Text.printable(text).chars()).noneMatch(Character::isISOControl);
  }

  @Test
  void summaryUsesSingularAndPlural() {
    assertThat(Text.count(1, "file", "files")).isEqualTo("1 file");
    assertThat(Text.count(0, "file", "files")).isEqualTo("0 files");
  }
}
