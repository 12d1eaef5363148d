package dev.bulwark.analysis.netpol;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the peer a user means: {@code ns/name[Kind]}, {@code ns/name}, a unique {@code name}, an
 * IP address (the external range holding it), or {@code ingress-controller}.
 */
public final class PeerLookup {
  private final ConnectivityEngine engine;

  public PeerLookup(ConnectivityEngine engine) {
    this.engine = engine;
  }

  /** The peer, as a source ({@code asSource}) or a destination; fails with the candidates. */
  public Peer find(String text, boolean asSource) {
    if (text.equals("ingress-controller") || text.equals("{ingress-controller}")) {
      return engine.ingressController();
    }
    if (looksLikeAddress(text)) {
      return external(text, asSource);
    }
    List<Peer> matches = new ArrayList<>();
    for (Peer p : engine.workloads()) {
      String qualified = p.namespace() + "/" + p.name();
      if (p.displayName().equals(text)) {
        return p;
      }
      if (qualified.equals(text) || (!text.contains("/") && p.name().equals(text))) {
        matches.add(p);
      }
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      throw new NetpolInputException("no workload " + text + " in the input (name it as namespace/name or namespace/name[Kind])");
    }
    throw new NetpolInputException(text + " is ambiguous: " + matches);
  }

  private static boolean looksLikeAddress(String text) {
    return text.matches("[0-9.]+(/[0-9]+)?") || (text.contains(":") && text.matches("[0-9a-fA-F:.]+(/[0-9]+)?"));
  }

  private Peer external(String text, boolean asSource) {
    String cidr = text.contains("/") ? text : text + (text.contains(":") ? "/128" : "/32");
    IpRange wanted = IpAddresses.parseCidr(cidr);
    List<Peer> candidates = asSource ? engine.externalSources() : engine.externalDestinations();
    for (Peer p : candidates) {
      if (p.addresses().contains(wanted)) {
        return p;
      }
    }
    for (Peer p : candidates) {
      if (p.addresses().overlaps(wanted)) {
        throw new NetpolInputException(text + " spans several ranges the policies tell apart; name a single address");
      }
    }
    BigInteger unused = wanted.first();
    throw new NetpolInputException("no external range holds " + text + " (" + unused + ")");
  }
}
