package dev.bulwark.checks.controlplane.cis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kube-bench's comparison operators ({@code check/test.go}), value by value. */
class ExpectationTest {

  @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "<absent>",
      value = {
        "PRESENT        |                 | x                     | true",
        "PRESENT        |                 | <absent>              | false",
        "ABSENT         |                 | <absent>              | true",
        "ABSENT         |                 | ''                    | false",
        "EQ             | false           | false                 | true",
        "EQ             | false           | FALSE                 | true", // case-insensitive for
                                                                           // booleans
        "EQ             | 127.0.0.1       | 127.0.0.1             | true",
        "EQ             | 127.0.0.1       | 127.0.0.1:10257       | false",
        "EQ             | false           | <absent>              | false", // set: true by default
        "NOTEQ          | 0               | 5m                    | true",
        "NOTEQ          | false           | False                 | false",
        "GTE            | 30              | 30                    | true",
        "GTE            | 30              | 7                     | false",
        "GTE            | 30              | 30d                   | false", // not a number: fails
        "HAS            | Node            | Node,RBAC             | true",
        "HAS            | Node            | NodeRestriction       | true", // a substring test, as
                                                                           // in kube-bench
        "NOTHAVE        | AlwaysAllow     | Node,RBAC             | true",
        "NOTHAVE        | AlwaysAllow     | RBAC,AlwaysAllow      | false",
        "VALID_ELEMENTS | a,b,c           | a,c                   | true",
        "VALID_ELEMENTS | a,b,c           | 'a,c,'                | true", // trailing separator
                                                                           // dropped
        "VALID_ELEMENTS | a,b,c           | a,d                   | false",
        "VALID_ELEMENTS | a,b,c           | ''                    | false", // empty value,
                                                                            // non-empty list
        "BITMASK        | 600             | 600                   | true",
        "BITMASK        | 600             | 400                   | true",
        "BITMASK        | 600             | 644                   | false",
        "BITMASK        | 644             | 640                   | true",
        "BITMASK        | 700             | 755                   | false",
      })
  void comparesLikeKubeBench(Expectation.Op op, String operand, String actual, boolean passes) {
    Expectation expectation = new Expectation(op, operand == null ? "" : operand, "");
    assertThat(expectation.test(actual)).isEqualTo(passes);
  }
}
