package dev.bulwark.report;

import static dev.bulwark.report.XmlBuilder.attribute;

import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Finding;
import dev.bulwark.api.NotEvaluated;
import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.ScannedObject;
import dev.bulwark.api.Report;
import dev.bulwark.api.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The {@code junit} format: JUnit XML for CI systems that show test results. One test suite per
 * object, one test case per check that applies to the object's kind: it fails with the check's
 * unsuppressed findings, is skipped when all of them are suppressed or the check could not be
 * evaluated, and passes otherwise. Input errors become erroring test cases of a suite named {@code
 * inputs}; input warnings go to that suite's {@code system-err}.
 * Objects that passed every check get a suite of passing cases, so CI shows what was checked.
 */
final class JunitReporter implements TextReporter {

  private static final String INPUTS = "inputs";

  /** How a test case ended. */
  private enum Outcome {
    PASSED,
    FAILURE,
    ERROR,
    SKIPPED
  }

  /**
   * One test case.
   *
   * @param message the one-line {@code message} attribute of failure, error or skipped
   * @param type the {@code type} attribute: a severity or {@code input-error}
   * @param body the element's text: every finding with its place and fix
   */
  private record Case(
      String name,
      String classname,
      String file,
      Outcome outcome,
      String message,
      String type,
      String body) {

    static Case passed(String name, String classname, String file) {
      return new Case(name, classname, file, Outcome.PASSED, null, null, null);
    }

    static Case skipped(String name, String classname, String file, String why) {
      return new Case(name, classname, file, Outcome.SKIPPED, why, null, null);
    }
  }

  /** One test suite; {@code systemErr} holds lines for {@code <system-err>}, possibly none. */
  private record Suite(String name, String file, List<Case> cases, List<String> systemErr) {

    long count(Outcome outcome) {
      return cases.stream().filter(c -> c.outcome() == outcome).count();
    }
  }

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String render(Report report) {
    StringWriter out = new StringWriter();
    writeTo(report, out);
    return out.toString();
  }

  /** Streams suite by suite: a cluster's worth of test cases never exists as one string. */
  @Override
  public void write(Report report, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      writeTo(report, writer);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.flush();
  }

  private static void writeTo(Report report, Writer out) {
    ObjectSuites objects = new ObjectSuites(report);
    Suite inputs = report.diagnostics().isEmpty() ? null : inputSuite(report.diagnostics());
    // The root element carries the totals, so a first pass counts; the suites are made again
    // while they are written, one at a time.
    long[] totals = new long[Outcome.values().length + 1];
    objects.forEach(suite -> count(totals, suite));
    if (inputs != null) {
      count(totals, inputs);
    }
    XmlBuilder xml = new XmlBuilder(out);
    xml.comment("Bulwark " + report.toolVersion() + ": " + Summary.of(report).text());
    xml.start(
        "testsuites",
        attribute("name", "bulwark")
            + attribute("tests", totals[Outcome.values().length])
            + attribute("failures", totals[Outcome.FAILURE.ordinal()])
            + attribute("errors", totals[Outcome.ERROR.ordinal()])
            + attribute("skipped", totals[Outcome.SKIPPED.ordinal()]));
    objects.forEach(suite -> suite(xml, suite));
    if (inputs != null) {
      suite(xml, inputs);
    }
    xml.end("testsuites");
  }

  /** Adds a suite's cases to the totals by outcome; the last slot counts all cases. */
  private static void count(long[] totals, Suite suite) {
    for (Case c : suite.cases()) {
      totals[c.outcome().ordinal()]++;
      totals[totals.length - 1]++;
    }
  }

  /** The suites of the scanned objects, made one at a time from the report. */
  private static final class ObjectSuites {
    private final Report report;
    private final Map<ObjectRef, List<NotEvaluated>> notEvaluatedByObject = new TreeMap<>();
    private final Map<String, NotEvaluated> notEvaluatedEverywhere = new LinkedHashMap<>();
    private final List<ObjectFindings> groups;

    ObjectSuites(Report report) {
      this.report = report;
      for (NotEvaluated entry : report.notEvaluated()) {
        if (entry.object() == null) {
          notEvaluatedEverywhere.putIfAbsent(entry.check(), entry);
        } else {
          notEvaluatedByObject.computeIfAbsent(entry.object(), o -> new ArrayList<>()).add(entry);
        }
      }
      groups = inScanOrder(report);
      Set<ObjectRef> listed = new HashSet<>();
      groups.forEach(g -> listed.add(g.object()));
      // Objects known only from not-evaluated entries have no file; they follow, by name.
      notEvaluatedByObject.keySet().stream()
          .filter(object -> !listed.contains(object))
          .forEach(object -> groups.add(new ObjectFindings(null, object, List.of())));
    }

    void forEach(Consumer<Suite> action) {
      for (ObjectFindings group : groups) {
        Suite suite = suite(group);
        if (suite != null) {
          action.accept(suite);
        }
      }
    }

    private Suite suite(ObjectFindings group) {
      List<NotEvaluated> notEvaluated =
          notEvaluatedByObject.getOrDefault(group.object(), List.of());
      SortedSet<String> checkIds = new TreeSet<>();
      for (CheckMetadata check : report.checks()) {
        if (check.appliesTo(group.object().kind())) {
          checkIds.add(check.id());
        }
      }
      group.findings().forEach(f -> checkIds.add(f.check()));
      notEvaluated.forEach(n -> checkIds.add(n.check()));

      List<Case> cases = new ArrayList<>();
      for (String checkId : checkIds) {
        NotEvaluated skip =
            notEvaluated.stream()
                .filter(n -> n.check().equals(checkId))
                .findFirst()
                .orElse(notEvaluatedEverywhere.get(checkId));
        List<Finding> findings =
            group.findings().stream().filter(f -> f.check().equals(checkId)).toList();
        cases.add(testCase(group, checkId, findings, skip));
      }
      return cases.isEmpty() ? null : new Suite(group.object().toString(), group.file(), cases, List.of());
    }
  }

  /**
   * Every scanned object with its findings, in scan order, so objects that passed every check get
   * passing cases too; findings on objects the report does not list follow.
   */
  private static List<ObjectFindings> inScanOrder(Report report) {
    Map<String, ObjectFindings> withFindings = new LinkedHashMap<>();
    for (ObjectFindings g : ObjectFindings.group(report.findings())) {
      withFindings.put(g.file() + '\u0000' + g.object(), g);
    }
    List<ObjectFindings> groups = new ArrayList<>();
    for (ScannedObject scanned : report.objects()) {
      String key = scanned.location().file() + '\u0000' + scanned.ref();
      ObjectFindings g = withFindings.remove(key);
      groups.add(g != null ? g : new ObjectFindings(scanned.location().file(), scanned.ref(), List.of()));
    }
    groups.addAll(withFindings.values());
    return groups;
  }

  private static Case testCase(
      ObjectFindings group, String checkId, List<Finding> findings, NotEvaluated skip) {
    String classname = classname(group.object());
    List<Finding> failing = findings.stream().filter(f -> !f.suppressed()).toList();
    if (!failing.isEmpty()) {
      Severity highest = failing.stream().map(Finding::severity).max(Enum::compareTo).orElseThrow();
      String message =
          failing.get(0).message()
              + (failing.size() > 1 ? " (and " + (failing.size() - 1) + " more)" : "");
      List<String> entries = new ArrayList<>();
      for (Finding finding : failing) {
        entries.add(
            finding.severity().label()
                + " at "
                + Text.printable(finding.location().toString())
                + " "
                + Text.pointer(finding.pointer())
                + "\n"
                + Text.printable(finding.message())
                + "\nfix: "
                + Text.printable(finding.remediation()));
      }
      return new Case(
          checkId,
          classname,
          group.file(),
          Outcome.FAILURE,
          message,
          highest.label(),
          String.join("\n\n", entries));
    }
    if (skip != null) {
      return Case.skipped(checkId, classname, group.file(), "not evaluated: " + skip.reason());
    }
    if (!findings.isEmpty()) {
      String reason = findings.get(0).suppression().reason();
      return Case.skipped(checkId, classname, group.file(), "suppressed: " + reason);
    }
    return Case.passed(checkId, classname, group.file());
  }

  /** {@code Kind.namespace.name}, which CI tools show as a package-like path. */
  private static String classname(ObjectRef object) {
    return object.kind()
        + "."
        + (object.namespace() == null ? "" : object.namespace() + ".")
        + object.name();
  }

  private static Suite inputSuite(List<Diagnostic> diagnostics) {
    List<Case> cases = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      String where = Text.printable(diagnostic.location().toString());
      if (diagnostic.isError()) {
        cases.add(
            new Case(
                diagnostic.location().toString(),
                INPUTS,
                diagnostic.location().file(),
                Outcome.ERROR,
                diagnostic.message(),
                "input-error",
                where + ": " + Text.printable(diagnostic.message())));
      } else {
        warnings.add("warning: " + where + ": " + Text.printable(diagnostic.message()));
      }
    }
    return new Suite(INPUTS, null, cases, warnings);
  }

  private static void suite(XmlBuilder xml, Suite suite) {
    xml.start(
        "testsuite",
        attribute("name", suite.name())
            + attribute("tests", suite.cases().size())
            + attribute("failures", suite.count(Outcome.FAILURE))
            + attribute("errors", suite.count(Outcome.ERROR))
            + attribute("skipped", suite.count(Outcome.SKIPPED))
            + attribute("file", suite.file()));
    for (Case c : suite.cases()) {
      String attributes =
          attribute("name", c.name())
              + attribute("classname", c.classname())
              + attribute("file", c.file());
      if (c.outcome() == Outcome.PASSED) {
        xml.empty("testcase", attributes);
        continue;
      }
      xml.start("testcase", attributes);
      if (c.outcome() == Outcome.SKIPPED) {
        xml.empty("skipped", attribute("message", c.message()));
      } else {
        xml.text(
            c.outcome() == Outcome.FAILURE ? "failure" : "error",
            attribute("message", c.message()) + attribute("type", c.type()),
            c.body());
      }
      xml.end("testcase");
    }
    if (!suite.systemErr().isEmpty()) {
      xml.text("system-err", "", String.join("\n", suite.systemErr()));
    }
    xml.end("testsuite");
  }
}
