package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.AccountPower;
import dev.bulwark.analysis.rbac.Binding;
import dev.bulwark.analysis.rbac.Subject;
import dev.bulwark.api.Severity;
import java.util.List;

/**
 * How far a grant reaches, which sets a finding's severity: cluster-wide, or into a namespace whose
 * ServiceAccounts are worth stealing, keeps the check's severity; a namespace with nothing to steal
 * lowers it one step.
 *
 * @param confined true when the grant stays in a namespace without powerful ServiceAccounts
 * @param text where the grant reaches, for the message
 */
record Reach(boolean confined, String text) {

  static Reach of(Binding binding, AccountPower power) {
    if (binding.isClusterWide()) {
      return new Reach(false, "cluster-wide");
    }
    List<Subject> powerful = power.powerfulAccountsIn(binding.namespace());
    if (powerful.isEmpty()) {
      return new Reach(
          true,
          "in namespace "
              + binding.namespace()
              + " (confined: no powerful ServiceAccount lives there)");
    }
    return new Reach(
        false,
        "in namespace " + binding.namespace() + ", home of powerful " + Subjects.list(powerful));
  }

  /** The check's severity, one step lower when confined (never below LOW). */
  Severity grade(Severity base) {
    if (!confined || base.compareTo(Severity.LOW) <= 0) {
      return base;
    }
    return Severity.values()[base.ordinal() - 1];
  }
}
