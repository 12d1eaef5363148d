package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.api.Severity;
import java.util.Optional;

/**
 * One recommendation of the CIS Kubernetes Benchmark as kube-bench encodes it.
 *
 * @param id the benchmark's number, e.g. {@code 1.2.1}
 * @param title the benchmark's wording, without the trailing "(Automated)"/"(Manual)"
 * @param automated true for CIS "Automated" (kube-bench {@code scored: true}): a failing test is
 *     FAIL; a "Manual" item can only reach WARN
 * @param test how it is evaluated, or empty when kube-bench has no test (always WARN)
 * @param remediation what to change
 * @param scan the {@code bulwark scan} check that reports it, if the item can be judged from one
 *     object
 */
public record CisItem(
    String id,
    String title,
    boolean automated,
    Optional<CisTest> test,
    String remediation,
    Optional<ScanCheck> scan) {

  /**
   * How an item appears among {@code bulwark scan}'s checks.
   *
   * @param checkId the check's id
   * @param severity its severity when the item fails
   * @param rationale why it matters, for the check's description
   */
  public record ScanCheck(String checkId, Severity severity, String rationale) {}

  /** {@code Automated} or {@code Manual}, as the benchmark labels the item. */
  public String assessment() {
    return automated ? "Automated" : "Manual";
  }

  /** Starts an item definition. */
  public static Builder define(String id, String title) {
    return new Builder(id, title);
  }

  /** Builds an item; the catalogs read as a table of these calls. */
  public static final class Builder {
    private final String id;
    private final String title;
    private boolean automated;
    private CisTest test;
    private String remediation = "";
    private ScanCheck scan;

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    public Builder automated() {
      this.automated = true;
      return this;
    }

    public Builder manual() {
      this.automated = false;
      return this;
    }

    public Builder test(CisTest test) {
      this.test = test;
      return this;
    }

    public Builder remediation(String remediation) {
      this.remediation = remediation;
      return this;
    }

    public Builder scan(String checkId, Severity severity, String rationale) {
      this.scan = new ScanCheck(checkId, severity, rationale);
      return this;
    }

    public CisItem build() {
      if (scan != null && !(test instanceof SettingsTest)) {
        throw new IllegalStateException(id + ": only settings tests can be scan checks");
      }
      return new CisItem(
          id, title, automated, Optional.ofNullable(test), remediation, Optional.ofNullable(scan));
    }
  }
}
