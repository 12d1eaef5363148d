package dev.bulwark.cis;

/** Renders a CIS report in one format. */
public interface CisReporter {

  /** The report as text, ending with a newline. */
  String render(CisReport report);
}
