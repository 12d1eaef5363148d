package dev.bulwark.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline expectation in a fixture: a comment {@code # expect: <check-id> [<json-pointer>]} on
 * the line above the field a finding must point at.
 *
 * @param check the check id expected
 * @param line 1-based line the finding must resolve to (the next line that is not a comment or
 *     blank)
 * @param pointer the JSON Pointer expected, or {@code null} when the marker gives none
 */
public record ExpectMarker(String check, int line, String pointer) {
  private static final Pattern MARKER =
      Pattern.compile("^\\s*#\\s*expect:\\s*([a-z0-9-]+)(?:\\s+(/\\S*))?\\s*$");

  /** Reads every marker of a fixture's text. */
  public static List<ExpectMarker> parse(String text) {
    String[] lines = text.split("\r?\n", -1);
    List<ExpectMarker> markers = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      int target = i + 1;
      while (target < lines.length && isCommentOrBlank(lines[target])) {
        target++;
      }
      if (target >= lines.length) {
        throw new IllegalArgumentException("marker on line " + (i + 1) + " has no line below it");
      }
      markers.add(new ExpectMarker(m.group(1), target + 1, m.group(2)));
    }
    return markers;
  }

  private static boolean isCommentOrBlank(String line) {
    String t = line.trim();
    return t.isEmpty() || t.startsWith("#");
  }
}
