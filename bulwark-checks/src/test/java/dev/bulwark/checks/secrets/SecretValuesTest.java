package dev.bulwark.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hunter2",
        "changeme",
        "password",
        "admin",
        "x",
        "xx",
        "pre-$(SALT)",
        "$(USER):s3cret",
        "<not closed",
        "ghp_exampleexampleexampleexample0000",
        "$ecret9",
        "truest",
        "no-such-luck",
      })
  void literals(String value) {
    assertThat(SecretValues.isLiteral(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "$(DB_PASSWORD)",
        "$(A)$(B)",
        "<password>",
        "<your-api-token-here>",
        "${PASSWORD}",
        "{{ .Values.password }}",
        "{{password}}",
        "#{Password}#",
        "__DB_PASSWORD__",
        "xxx",
        "XXXXXXXX",
        "****",
        "...",
        "REPLACE_ME",
        "replace-me",
        "ReplaceMe",
        "TO_BE_REPLACED",
        "REDACTED",
        "placeholder",
        "true",
        "False",
        "null",
        "none",
        "disabled",
        "$DB_PASSWORD",
        "$(echo \"${AUTH}\" | sed -e 's/x/y/')",
        "`cat /run/secrets/password`",
      })
  void notLiterals(String value) {
    assertThat(SecretValues.isLiteral(value)).isFalse();
  }
}
