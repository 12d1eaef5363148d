package dev.bulwark.analysis.netpol;

/** One random rule on its own, for adding to an existing policy. */
final class RandomClustersRules {
  private RandomClustersRules() {}

  static String rule(long seed, boolean egress) {
    return RandomClusters.ruleFor(seed * 7919 + 13, egress);
  }
}
