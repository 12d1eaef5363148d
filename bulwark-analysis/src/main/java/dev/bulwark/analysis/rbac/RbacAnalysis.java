package dev.bulwark.analysis.rbac;

import dev.bulwark.api.Inventory;

/**
 * The RBAC view of one inventory, built once and shared by every check of a scan: the model (with
 * built-in roles resolvable), the accounts pods run as, and which accounts are powerful.
 */
public final class RbacAnalysis {
  /** One analysis per inventory, shared by every check and thread of a scan. */
  private static final Inventory.Derived<RbacAnalysis> OF_SCAN =
      i -> of(RbacModel.build(i.all(), RbacOptions.forScan()), i);

  private final RbacModel model;
  private final PodAccounts accounts;
  private volatile AccountPower power;
  private volatile EscalationGraph graph;

  private RbacAnalysis(RbacModel model, PodAccounts accounts) {
    this.model = model;
    this.accounts = accounts;
  }

  /** The analysis of an inventory as scans see it; computed on first use. */
  public static RbacAnalysis of(Inventory inventory) {
    return inventory.derived(OF_SCAN);
  }

  /** An analysis over a model built elsewhere (the CLI's, with its own options). */
  public static RbacAnalysis of(RbacModel model, Inventory inventory) {
    return new RbacAnalysis(
        model, PodAccounts.of(inventory.all(), model.options().defaultNamespace()));
  }

  public RbacModel model() {
    return model;
  }

  public PodAccounts accounts() {
    return accounts;
  }

  /** Which accounts are powerful; computed on first use. */
  public AccountPower power() {
    AccountPower p = power;
    if (p == null) {
      synchronized (this) {
        if (power == null) {
          power = AccountPower.of(model, accounts);
        }
        p = power;
      }
    }
    return p;
  }

  /** The escalation graph; computed on first use. */
  public EscalationGraph escalation() {
    EscalationGraph g = graph;
    if (g == null) {
      synchronized (this) {
        if (graph == null) {
          graph = EscalationGraph.build(model, accounts);
        }
        g = graph;
      }
    }
    return g;
  }
}
