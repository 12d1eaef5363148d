package dev.bulwark.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Strings that break naive escaping: control characters, markup, quotes, bidi overrides, lone and
 * paired surrogates, non-characters, and seeded random mixes of them. Seeded, so a failure
 * reproduces.
 */
final class AwkwardStrings {

  private static final int[][] RANGES = {
    {0x00, 0x1F},
    {0x20, 0x7E},
    {0x7F, 0x9F},
    {0xA0, 0x2FF},
    {0x202A, 0x202E},
    {0x2066, 0x2069},
    {0x3000, 0x30FF},
    {0xD800, 0xDFFF},
    {0xFFFD, 0xFFFF},
    {0x1F300, 0x1F5FF}
  };

  private AwkwardStrings() {}

  static List<String> all() {
    List<String> strings =
        new ArrayList<>(
            List.of(
                "",
                "<&\"'>",
                "]]>",
                "--",
                "\u001b[2J\u001b]0;title\u0007",
                "line\nbreak\r\ttab",
                "\u0000\u0001\u000b\u000c",
                "\u202Eevil\u202C",
                "\uD800",
                "\uDC00x",
                "\uD83D\uDD12",
                "\uFFFE\uFFFF",
                "特権コンテナ café"));
    Random random = new Random(20261130L);
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        int[] range = RANGES[random.nextInt(RANGES.length)];
        text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
      }
      strings.add(text.toString());
    }
    return strings;
  }
}
