package dev.bulwark.checks.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellWordsTest {

  /** Words joined by spaces, operators in brackets. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "exec kube-apiserver --a=1 --b=2                  | exec kube-apiserver --a=1 --b=2",
        "kube-apiserver --a=1 > /tmp/pipe 2>&1            | kube-apiserver --a=1 [>] /tmp/pipe"
            + " [2>&1]",
        "mkfifo p; (tee -a log < p & ) ; exec x --y       | mkfifo p [;] [(] tee -a log [<] p [&]"
            + " [)] [;] exec x --y",
        "x --name='a b' --c=\"d e\" --f=g\\ h             | x --name=a b --c=d e --f=g h",
        "`a && b || c | d >> e`                           | `a [&&] b [||] c [|] d [>>] e`",
        "x --log=/var/log/kube-apiserver.log              | x --log=/var/log/kube-apiserver.log",
        "x --port=2>&1                                    | x --port=2 [>&1]",
      })
  void splitsLikeAShell(String script, String expected) {
    String actual =
        String.join(
            " ",
            ShellWords.split(script).stream()
                .map(w -> w.operator() ? "[" + w.text() + "]" : w.text())
                .toList());
    assertThat(actual).isEqualTo(expected);
  }
}
