package dev.bulwark.admission.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The API server's warning rules: dedupe, no control characters, 4096/256 rune truncation. */
class WarningLimitsTest {

  @Test
  void smallWarningsPassUnchangedButDeduplicated() {
    assertThat(WarningLimits.apply(List.of("a", "", "b", "a"))).containsExactly("a", "b");
  }

  @Test
  void controlCharactersBecomeSpaces() {
    assertThat(WarningLimits.apply(List.of("line1\nline2\ttab\u0085")))
        .containsExactly("line1 line2 tab ");
    assertThat(WarningLimits.apply(List.of("bad \uD800 surrogate, ok \uD83D\uDE00")))
        .containsExactly("bad \uFFFD surrogate, ok \uD83D\uDE00");
  }

  @Test
  void overTheTotalEveryWarningIsCutTo256AndTheRestDropped() {
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      warnings.add(i + ":" + "x".repeat(300));
    }
    List<String> out = WarningLimits.apply(warnings);
    // Truncated to 256 each, items are added while fewer than 4096 runes are written: 16 of them.
    assertThat(out).hasSize(16);
    assertThat(out).allSatisfy(w -> assertThat(w.codePointCount(0, w.length())).isEqualTo(256));
    assertThat(out.get(0)).startsWith("0:");
    assertThat(out.get(15)).startsWith("15:");
  }

  @Test
  void withinTheTotalLongWarningsAreKeptWhole() {
    String big = "y".repeat(4000);
    assertThat(WarningLimits.apply(List.of(big, "z".repeat(96))))
        .containsExactly(big, "z".repeat(96));
    // One more rune tips it over: everything is cut to 256.
    List<String> cut = WarningLimits.apply(List.of(big, "z".repeat(97)));
    assertThat(cut).containsExactly("y".repeat(256), "z".repeat(97));
  }

  @Test
  void runesNotCharsAreCounted() {
    String emoji = "\uD83D\uDE00".repeat(300);
    List<String> out = WarningLimits.apply(List.of(emoji, "a".repeat(4000)));
    assertThat(out.get(0)).isEqualTo("\uD83D\uDE00".repeat(256));
  }

  /** Seeded property: the total never passes 4096 + 256 runes and order is kept. */
  @Test
  void totalStaysBounded() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<String> warnings = new ArrayList<>();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        warnings.add(i + "-" + "w".repeat(random.nextInt(700)));
      }
      List<String> out = WarningLimits.apply(warnings);
      int total = out.stream().mapToInt(w -> w.codePointCount(0, w.length())).sum();
      assertThat(total).isLessThanOrEqualTo(WarningLimits.TOTAL_RUNES + WarningLimits.ITEM_RUNES);
      int previous = -1;
      for (String w : out) {
        int index = Integer.parseInt(w.substring(0, w.indexOf('-')));
        assertThat(index).isGreaterThan(previous);
        previous = index;
      }
    }
  }
}
