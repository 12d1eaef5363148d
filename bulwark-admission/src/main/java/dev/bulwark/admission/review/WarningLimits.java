package dev.bulwark.admission.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the API server's rules for warnings ({@code k8s.io/apiserver} warning recorder and {@code
 * NewWarningHeader}) before the response leaves, so the client sees exactly what we send: control
 * characters would make the API server drop a warning, so they become spaces; empty and duplicate
 * warnings are dropped; once the total passes 4096 characters every warning is cut to 256, and the
 * ones after the budget is spent are dropped. Characters are Unicode code points, as Go's runes.
 */
final class WarningLimits {
  static final int TOTAL_RUNES = 4 * 1024;
  static final int ITEM_RUNES = 256;

  private WarningLimits() {}

  static List<String> apply(List<String> warnings) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String w : warnings) {
      String clean = sanitize(w);
      if (!clean.isEmpty()) {
        distinct.add(clean);
      }
    }
    List<String> ordered = new ArrayList<>();
    List<String> out = new ArrayList<>();
    int written = 0;
    boolean truncating = false;
    for (String text : distinct) {
      if (truncating && written >= TOTAL_RUNES) {
        break;
      }
      ordered.add(text);
      int runes = text.codePointCount(0, text.length());
      if (truncating && runes > ITEM_RUNES) {
        text = truncate(text);
        runes = ITEM_RUNES;
      }
      if (written + runes <= TOTAL_RUNES || truncating) {
        written += runes;
        out.add(text);
        continue;
      }
      // Over budget for the first time: start again with every warning so far truncated.
      truncating = true;
      written = 0;
      out.clear();
      for (String earlier : ordered) {
        String cut = truncate(earlier);
        written += cut.codePointCount(0, cut.length());
        out.add(cut);
      }
    }
    return out;
  }

  private static String truncate(String text) {
    if (text.codePointCount(0, text.length()) <= ITEM_RUNES) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, ITEM_RUNES));
  }

  /** Control characters become spaces; unpaired surrogates (invalid UTF-8) become U+FFFD. */
  static String sanitize(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char replacement = 0;
      if (Character.isISOControl(c)) {
        replacement = ' ';
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      } else if (Character.isSurrogate(c)) {
        replacement = '\uFFFD';
      }
      if (replacement != 0 && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(replacement != 0 ? replacement : c);
      }
    }
    return out == null ? text : out.toString();
  }
}
