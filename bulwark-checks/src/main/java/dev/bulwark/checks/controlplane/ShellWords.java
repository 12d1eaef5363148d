package dev.bulwark.checks.controlplane;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shell script ({@code sh -c "…"}) into words the way a POSIX shell would for a simple
 * command line: quotes and backslashes are honoured, and control and redirection operators ({@code
 * ; & && | || ( ) < > >> 2>&1}) become words of their own so that a command's arguments end where
 * an operator starts. Expansions ({@code $VAR}, globs) are left as written.
 *
 * <p>{@code support.CommandLine} splits at blanks only, which is enough to look at every word for a
 * credential; a component's flags need the operators, or {@code > /tmp/pipe} would read as a flag's
 * value.
 */
final class ShellWords {
  /** A word of the script, or an operator. */
  record Word(String text, boolean operator) {}

  private ShellWords() {}

  static List<Word> split(String script) {
    List<Word> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '\\' && i + 1 < script.length()) {
        if (script.charAt(i + 1) != '\n') { // backslash-newline joins lines
          current.append(script.charAt(i + 1));
          inWord = true;
        }
        i += 2;
      } else if (c == '\'') {
        int end = script.indexOf('\'', i + 1);
        end = end < 0 ? script.length() : end;
        current.append(script, i + 1, end);
        inWord = true;
        i = end + 1;
      } else if (c == '"') {
        i = doubleQuoted(script, i + 1, current);
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        inWord = flush(words, current, inWord);
        i++;
      } else if (isOperatorStart(c)
          || (Character.isDigit(c) && !inWord && redirectionAhead(script, i))) {
        inWord = flush(words, current, inWord);
        int end = operatorEnd(script, i);
        words.add(new Word(script.substring(i, end), true));
        i = end;
      } else {
        current.append(c);
        inWord = true;
        i++;
      }
    }
    flush(words, current, inWord);
    return words;
  }

  private static int doubleQuoted(String script, int start, StringBuilder out) {
    int i = start;
    while (i < script.length() && script.charAt(i) != '"') {
      char c = script.charAt(i);
      if (c == '\\' && i + 1 < script.length() && "\"\\$`".indexOf(script.charAt(i + 1)) >= 0) {
        out.append(script.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return i + 1;
  }

  private static boolean flush(List<Word> words, StringBuilder current, boolean inWord) {
    if (inWord) {
      words.add(new Word(current.toString(), false));
      current.setLength(0);
    }
    return false;
  }

  private static boolean isOperatorStart(char c) {
    return ";&|()<>".indexOf(c) >= 0;
  }

  /** {@code 2>&1}, {@code 1>file}: a file-descriptor number glued to a redirection. */
  private static boolean redirectionAhead(String script, int i) {
    int j = i;
    while (j < script.length() && Character.isDigit(script.charAt(j))) {
      j++;
    }
    return j < script.length() && (script.charAt(j) == '>' || script.charAt(j) == '<');
  }

  private static int operatorEnd(String script, int start) {
    int i = start;
    while (i < script.length() && Character.isDigit(script.charAt(i))) {
      i++;
    }
    char c = script.charAt(i);
    i++;
    if (i < script.length()) {
      char next = script.charAt(i);
      if ((c == '&' || c == '|' || c == '>' || c == '<') && next == c) {
        i++;
      } else if ((c == '>' || c == '<') && next == '&') {
        i++;
        while (i < script.length()
            && (Character.isDigit(script.charAt(i)) || script.charAt(i) == '-')) {
          i++;
        }
      }
    }
    return i;
  }
}
