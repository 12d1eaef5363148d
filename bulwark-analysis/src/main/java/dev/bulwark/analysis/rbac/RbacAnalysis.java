package dev.bulwark.analysis.rbac;

import dev.bulwark.api.Inventory;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The RBAC view of one inventory, built once and shared by every check of a scan: the model (with
 * built-in roles resolvable), the accounts pods run as, and which accounts are powerful.
 */
public final class RbacAnalysis {
  /** Inventories compare by identity, so each scan gets its own entry; done scans are collected. */
  private static final Map<Inventory, RbacAnalysis> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

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
    return CACHE.computeIfAbsent(
        inventory, i -> of(RbacModel.build(i.all(), RbacOptions.forScan()), i));
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
