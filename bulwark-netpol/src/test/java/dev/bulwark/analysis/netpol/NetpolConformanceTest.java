package dev.bulwark.analysis.netpol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of {@code ../shared/conformance/netpol} (netpol-analyzer's golden files): list
 * and exposure outputs must match byte for byte in every format the case has, error cases must
 * fail with the expected message, explain cases must agree structurally. Deliberate differences
 * are listed in {@link ConformanceDifferences} and docs/netpol.md.
 */
class NetpolConformanceTest {

  @TestFactory
  Stream<DynamicNode> cases() {
    List<DynamicNode> nodes = new ArrayList<>();
    for (ConformanceCases.Case c : ConformanceCases.all()) {
      List<DynamicTest> tests = new ArrayList<>();
      for (String format : c.formats()) {
        tests.add(DynamicTest.dynamicTest(format, c.dir().toUri(), () -> run(c, format)));
      }
      nodes.add(DynamicContainer.dynamicContainer(c.name(), tests));
    }
    return nodes.stream();
  }

  private static void run(ConformanceCases.Case c, String format) {
    String expected = ConformanceDifferences.expected(c, format);
    switch (c.mode()) {
      case "error" -> assertThatThrownBy(() -> NetpolAnalysis.of(c.inventory()).list(ListOptions.DEFAULTS, ListingFormat.TXT))
          .isInstanceOf(NetpolInputException.class)
          .hasMessageContaining(expected.strip());
      case "list", "exposure" -> {
        NetpolAnalysis analysis = NetpolAnalysis.of(c.inventory());
        String actual = analysis.list(c.listOptions(), ListingFormat.parse(format));
        assertThat(actual).as(c.name() + " " + format).isEqualTo(expected);
      }
      case "explain" -> ExplainConformance.check(c);
      default -> throw new AssertionError("unknown mode " + c.mode());
    }
  }
}
