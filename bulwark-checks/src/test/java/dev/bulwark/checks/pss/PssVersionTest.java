package dev.bulwark.checks.pss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PssVersionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"v1.0", "v1.9", "v1.10", "v1.25", "v1.37", "v1.50", "v1.9223372036854775807"})
  void acceptsUpstreamsForms(String text) {
    PssVersion version = PssVersion.parse(text);
    assertThat(version).hasToString(text);
    assertThat(version.isLatest()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.25",
        "v1",
        "v1.",
        "v1.025",
        "v1.00",
        "v2.0",
        "V1.25",
        "v1.25.0",
        "v1.+1",
        "v1.-1",
        "v1.2a",
        " v1.2",
        "v1.2 ",
        "v1.9223372036854775808",
        "Latest",
        "LATEST",
        "v1.２"
      })
  void rejectsEverythingElseNamingTheValue(String text) {
    assertThat(PssVersion.tryParse(text)).isEmpty();
    assertThatThrownBy(() -> PssVersion.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid Pod Security version \"" + text + "\": must be \"latest\" or \"v1.x\"");
  }

  @Test
  void latestAndFutureVersionsMeanTheNewestKnown() {
    assertThat(PssVersion.LATEST.effectiveMinor()).isEqualTo(PssVersion.NEWEST_KNOWN_MINOR);
    assertThat(PssVersion.parse("latest")).isSameAs(PssVersion.LATEST).hasToString("latest");
    assertThat(PssVersion.parse("v1.50").effectiveMinor()).isEqualTo(37);
    assertThat(PssVersion.parse("v1.9223372036854775807").effectiveMinor()).isEqualTo(37);
    assertThat(PssVersion.parse("v1.12").effectiveMinor()).isEqualTo(12);
  }

  @Test
  void messagesQuoteTheVersionAsWritten() {
    assertThat(PssPolicy.parse("restricted", "v1.50")).hasToString("restricted:v1.50");
    assertThat(PssPolicy.parse("baseline", "latest")).hasToString("baseline:latest");
    assertThat(PssVersion.parse("v1.37")).isNotEqualTo(PssVersion.LATEST);
  }

  @Test
  void levelsAreExactAndOrdered() {
    assertThat(PssLevel.parse("baseline")).isEqualTo(PssLevel.BASELINE);
    assertThat(PssLevel.tryParse("Baseline")).isEmpty();
    assertThat(PssLevel.tryParse("")).isEmpty();
    assertThatThrownBy(() -> PssLevel.parse("strict"))
        .hasMessage(
            "invalid Pod Security level \"strict\": must be one of privileged, baseline,"
                + " restricted");
    assertThat(PssLevel.RESTRICTED.isStricterThan(PssLevel.BASELINE)).isTrue();
    assertThat(PssLevel.BASELINE.isStricterThan(PssLevel.PRIVILEGED)).isTrue();
    assertThat(PssLevel.BASELINE.isStricterThan(PssLevel.BASELINE)).isFalse();
  }
}
