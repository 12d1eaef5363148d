package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Category;
import dev.bulwark.api.Finding;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.Report;
import dev.bulwark.api.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML parses with the JDK and its counters agree with its content. */
class JunitReporterTest {

  private final Document document = Xml.parse(new JunitReporter().render(SampleReport.report()));
  private final Element root = document.getDocumentElement();

  @Test
  void countersMatchTheTestCasesAtEveryLevel() {
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertCounters(root);
    NodeList suites = root.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      assertCounters(Xml.element(suites, i));
    }
  }

  @Test
  void oneSuitePerObjectPlusInputs() {
    NodeList suites = root.getElementsByTagName("testsuite");

    assertThat(suites.getLength()).isEqualTo(6);
    assertThat(Xml.element(suites, 0).getAttribute("name")).isEqualTo("Deployment shop/web");
    assertThat(Xml.element(suites, 0).getAttribute("file")).isEqualTo("deploy/web.yaml");
    assertThat(Xml.element(suites, 5).getAttribute("name")).isEqualTo("inputs");
    assertThat(root.getAttribute("tests")).isEqualTo("8");
    assertThat(root.getAttribute("failures")).isEqualTo("5");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("2");
  }

  @Test
  void failureListsEveryFindingOfTheCheckOnTheObject() {
    Element worker = Xml.element(root.getElementsByTagName("testsuite"), 1);
    Element privileged = Xml.element(worker.getElementsByTagName("testcase"), 1);
    Element failure = Xml.element(privileged.getElementsByTagName("failure"), 0);

    assertThat(privileged.getAttribute("name")).isEqualTo("privileged-container");
    assertThat(privileged.getAttribute("classname")).isEqualTo("Deployment.shop.worker");
    assertThat(failure.getAttribute("type")).isEqualTo("critical");
    assertThat(failure.getTextContent())
        .contains("deploy/web.yaml:55:13", "deploy/web.yaml:63:13", "\\u001B[2J", "特権コンテナ");
  }

  @Test
  void suppressedAndNotEvaluatedChecksAreSkippedWithTheReason() {
    NodeList skipped = root.getElementsByTagName("skipped");

    assertThat(Xml.element(skipped, 0).getAttribute("message"))
        .isEqualTo("suppressed: pinned by digest in the prod overlay <see #42>");
    assertThat(Xml.element(skipped, 1).getAttribute("message"))
        .startsWith("not evaluated: the NetworkPolicies");
  }

  /** Whatever a message holds, the document stays well-formed and keeps the text readable. */
  @ParameterizedTest
  @MethodSource("dev.bulwark.report.AwkwardStrings#all")
  void anyMessageGivesWellFormedXml(String message) {
    Finding finding =
        new Finding(
            "privileged-container",
            Severity.HIGH,
            Category.SECURITY_CONTEXT,
            SampleReport.WEB,
            JsonPointer.of("spec", message),
            new Location(message, 1, 1),
            message,
            message,
            null,
            List.of());
    Report report = new Report("0.1.0", List.of(), List.of(finding), List.of(), List.of(), SampleReport.objects(1), 1);

    Document parsed = Xml.parse(new JunitReporter().render(report));

    Element failure = Xml.element(parsed.getElementsByTagName("failure"), 0);
    assertThat(failure.getAttribute("message")).isEqualTo(Text.printable(message));
  }

  private static void assertCounters(Element element) {
    assertThat(element.getAttribute("tests"))
        .isEqualTo(Integer.toString(Xml.count(element, "testcase")));
    assertThat(element.getAttribute("failures"))
        .isEqualTo(Integer.toString(Xml.count(element, "failure")));
    assertThat(element.getAttribute("errors"))
        .isEqualTo(Integer.toString(Xml.count(element, "error")));
    assertThat(element.getAttribute("skipped"))
        .isEqualTo(Integer.toString(Xml.count(element, "skipped")));
  }

  @Test
  void objectsThatPassedEveryCheckGetPassingCases() {
    Report report =
        new Report(
            "0.1.0",
            List.of(SampleReport.PRIVILEGED_CONTAINER),
            List.of(),
            List.of(),
            List.of(),
            List.of(new dev.bulwark.api.ScannedObject(SampleReport.WEB, new Location("web.yaml", 1, 1))),
            1);
    Element suite =
        Xml.element(Xml.parse(new JunitReporter().render(report)).getElementsByTagName("testsuite"), 0);

    assertThat(suite.getAttribute("name")).isEqualTo("Deployment shop/web");
    assertThat(suite.getAttribute("tests")).isEqualTo("1");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(Xml.count(suite, "failure")).isZero();
  }
}
