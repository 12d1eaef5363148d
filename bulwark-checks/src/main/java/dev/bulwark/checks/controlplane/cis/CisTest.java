package dev.bulwark.checks.controlplane.cis;

/** How a CIS item is evaluated; items marked manual in kube-bench have none. */
public interface CisTest {

  /** Evaluates the item on what is known of the cluster and node. */
  Outcome evaluate(CisInputs inputs);
}
