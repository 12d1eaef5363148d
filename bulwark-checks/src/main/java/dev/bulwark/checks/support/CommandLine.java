package dev.bulwark.checks.support;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A container's command line, {@code command} then {@code args}, as words and flags.
 *
 * <p>An element that holds whitespace is a shell script ({@code sh -c "exec app --token=…"}) and is
 * split into words the way a shell splits simple commands: at blanks outside quotes, with the
 * quotes removed and nothing expanded. (An element with quotes but no blanks is unquoted the same
 * way.) Each word keeps the pointer of the element it came from, so findings land on the line that
 * holds it.
 */
public final class CommandLine {
  private static final Pattern FLAG =
      Pattern.compile("(-{1,2})?([A-Za-z_][A-Za-z0-9_.-]*)(?:=(.*))?", Pattern.DOTALL);

  private final List<Word> words;

  private CommandLine(List<Word> words) {
    this.words = List.copyOf(words);
  }

  /** The command line of a container. */
  public static CommandLine of(ContainerRef container) {
    List<Word> words = new ArrayList<>();
    for (String field : List.of("command", "args")) {
      JsonNode list = container.node().path(field);
      for (int i = 0; i < list.size() && list.isArray(); i++) {
        JsonPointer pointer = container.field(field, Integer.toString(i));
        JsonValues.string(list.get(i)).ifPresent(text -> split(text, pointer, words));
      }
    }
    return new CommandLine(words);
  }

  private static void split(String element, JsonPointer pointer, List<Word> out) {
    if (element.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
      out.add(new Word(element, pointer));
      return;
    }
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < element.length(); i++) {
      char c = element.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < element.length()) {
          word.append(element.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          out.add(new Word(word.toString(), pointer));
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      out.add(new Word(word.toString(), pointer));
    }
  }

  /** Every word, in order. */
  public List<Word> words() {
    return words;
  }

  /**
   * Every word that is a flag ({@code -name}, {@code --name}, {@code --name=value}) or a variable
   * assignment ({@code NAME=value}, as in {@code env DB_PASSWORD=… app}), in order.
   */
  public List<Flag> flags() {
    List<Flag> flags = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Matcher m = FLAG.matcher(words.get(i).text());
      boolean dashed = m.matches() && m.group(1) != null;
      if (dashed || (m.matches() && m.group(3) != null)) {
        Optional<Word> next =
            dashed && i + 1 < words.size() && !words.get(i + 1).text().startsWith("-")
                ? Optional.of(words.get(i + 1))
                : Optional.empty();
        flags.add(new Flag(m.group(2), words.get(i), Optional.ofNullable(m.group(3)), next));
      }
    }
    return flags;
  }

  /** The last occurrence of a flag, which is the one Go and most flag parsers keep. */
  public Optional<Flag> flag(String name) {
    List<Flag> all = flags().stream().filter(f -> f.name().equals(name)).toList();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * One word.
   *
   * @param text the word, quotes removed
   * @param pointer the {@code command} or {@code args} element it came from
   */
  public record Word(String text, JsonPointer pointer) {}

  /**
   * One flag.
   *
   * @param name the name without dashes (or the variable name of an assignment)
   * @param word the word that holds it
   * @param inlineValue the value written after {@code =}
   * @param next the following word, when it is not a flag itself: the value of {@code --name value}
   *     if the flag takes one
   */
  public record Flag(String name, Word word, Optional<String> inlineValue, Optional<Word> next) {

    /** The flag as written, without its value: {@code --token}, {@code -p}, {@code DB_PASS}. */
    public String written() {
      return word.text().split("=", 2)[0];
    }

    /** The value given with {@code =}, else the following word. */
    public Optional<Word> value() {
      return inlineValue.map(v -> new Word(v, word.pointer())).or(() -> next);
    }

    /**
     * True for a boolean flag that is switched on: written bare ({@code --enable-x}) or with a
     * value Go's flag package reads as true ({@code =true}, {@code =1}, {@code =t}).
     */
    public boolean isOn() {
      return inlineValue
          .map(v -> List.of("true", "1", "t", "T", "TRUE", "True").contains(v))
          .orElse(true);
    }
  }
}
