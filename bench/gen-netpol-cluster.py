#!/usr/bin/env python3
"""Generate a synthetic cluster for the NetworkPolicy benchmark: N namespaces x M workloads and
P NetworkPolicies per namespace, plus two AdminNetworkPolicies and a baseline.

Usage: gen-netpol-cluster.py OUT_DIR [--namespaces 100] [--workloads-per-ns 50]
                             [--policies-per-ns 10] [--open-namespaces 0.1] [--seed 1]

Each workload is a Deployment with app/tier/team labels and named container ports; each namespace
(one file) gets a default-deny (except the "open" share), DNS egress, same-tier and cross-namespace
rules by label, named ports, endPort ranges, ipBlocks with except, and egress to the internet.
Deterministic for a seed. Pure standard library; writes YAML by hand.
"""
import argparse, os, random

TIERS = ["frontend", "backend", "db", "cache", "batch"]
TEAMS = ["blue", "green", "red", "gold"]


def deployment(ns, name, labels, ports):
    lab = ", ".join(f"{k}: {v}" for k, v in labels.items())
    prt = ", ".join(f"{{name: {n}, containerPort: {p}, protocol: {proto}}}" for n, p, proto in ports)
    return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n  namespace: {ns}\n"
            f"spec:\n  replicas: 2\n  selector:\n    matchLabels: {{app: {labels['app']}}}\n"
            f"  template:\n    metadata:\n      labels: {{{lab}}}\n    spec:\n"
            f"      containers:\n        - name: main\n          image: registry.example.com/{name}:1.0\n"
            f"          ports: [{prt}]\n")


def policy(ns, name, spec):
    return f"apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: {name}\n  namespace: {ns}\nspec:\n{spec}"


def main():
    a = argparse.ArgumentParser()
    a.add_argument("out")
    a.add_argument("--namespaces", type=int, default=100)
    a.add_argument("--workloads-per-ns", type=int, default=50)
    a.add_argument("--policies-per-ns", type=int, default=10)
    a.add_argument("--open-namespaces", type=float, default=0.1)
    a.add_argument("--seed", type=int, default=1)
    args = a.parse_args()
    r = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    workloads = policies = 0
    for n in range(args.namespaces):
        ns = f"ns-{n:03d}"
        team = TEAMS[n % len(TEAMS)]
        docs = [f"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n  labels: {{team: {team}, env: {r.choice(['prod', 'staging'])}}}\n"]
        apps = []
        for w in range(args.workloads_per_ns):
            app = f"app-{w:03d}"
            tier = TIERS[w % len(TIERS)]
            ports = [("http", 8000 + r.randrange(4), "TCP")]
            if r.random() < 0.3:
                ports.append(("metrics", 9090, "TCP"))
            if r.random() < 0.1:
                ports.append(("syslog", 514, "UDP"))
            apps.append((app, tier))
            docs.append(deployment(ns, app, {"app": app, "tier": tier, "team": team}, ports))
            workloads += 1
        made = []
        if r.random() >= args.open_namespaces:
            made.append(policy(ns, "default-deny", "  podSelector: {}\n  policyTypes: [Ingress, Egress]\n"))
        made.append(policy(ns, "allow-dns", "  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n"
                           "    - to:\n        - namespaceSelector: {}\n          podSelector: {matchLabels: {k8s-app: kube-dns}}\n"
                           "      ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]\n"))
        kinds = ["tier", "app", "cross", "ipblock", "internet", "range", "monitoring"]
        i = 0
        while len(made) < args.policies_per_ns:
            kind = kinds[i % len(kinds)]
            i += 1
            app, tier = r.choice(apps)
            peer_app, peer_tier = r.choice(apps)
            if kind == "tier":
                spec = (f"  podSelector: {{matchLabels: {{tier: {tier}}}}}\n  ingress:\n"
                        f"    - from: [{{podSelector: {{matchLabels: {{tier: {peer_tier}}}}}}}]\n      ports: [{{port: http}}]\n")
            elif kind == "app":
                spec = (f"  podSelector: {{matchLabels: {{app: {app}}}}}\n  policyTypes: [Ingress, Egress]\n  ingress:\n"
                        f"    - from: [{{podSelector: {{matchLabels: {{app: {peer_app}}}}}}}]\n      ports: [{{port: http}}, {{port: metrics}}]\n"
                        f"  egress:\n    - to: [{{podSelector: {{matchLabels: {{app: {peer_app}}}}}}}]\n      ports: [{{port: http}}]\n")
            elif kind == "cross":
                other = TEAMS[r.randrange(len(TEAMS))]
                spec = (f"  podSelector: {{matchLabels: {{tier: {tier}}}}}\n  ingress:\n"
                        f"    - from:\n        - namespaceSelector: {{matchLabels: {{team: {other}}}}}\n"
                        f"          podSelector: {{matchExpressions: [{{key: tier, operator: In, values: [frontend, backend]}}]}}\n"
                        f"      ports: [{{port: 8000, endPort: 8003}}]\n")
            elif kind == "ipblock":
                b = r.randrange(256)
                spec = (f"  podSelector: {{matchLabels: {{app: {app}}}}}\n  ingress:\n"
                        f"    - from: [{{ipBlock: {{cidr: 10.{b}.0.0/16, except: [10.{b}.{r.randrange(256)}.0/24]}}}}]\n")
            elif kind == "internet":
                spec = (f"  podSelector: {{matchLabels: {{tier: frontend}}}}\n  policyTypes: [Egress]\n  egress:\n"
                        f"    - to: [{{ipBlock: {{cidr: 0.0.0.0/0, except: [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16]}}}}]\n"
                        f"      ports: [{{port: 443}}]\n")
            elif kind == "range":
                spec = (f"  podSelector: {{matchLabels: {{tier: batch}}}}\n  policyTypes: [Egress]\n  egress:\n"
                        f"    - to: [{{namespaceSelector: {{matchLabels: {{team: {team}}}}}}}]\n"
                        f"      ports: [{{protocol: TCP, port: 8000, endPort: 8100}}, {{protocol: UDP, port: 514}}]\n")
            else:
                spec = (f"  podSelector: {{}}\n  ingress:\n"
                        f"    - from: [{{namespaceSelector: {{matchLabels: {{kubernetes.io/metadata.name: monitoring}}}}}}]\n"
                        f"      ports: [{{port: metrics}}]\n")
            made.append(policy(ns, f"{kind}-{len(made):02d}", spec))
        policies += len(made)
        docs.extend(made)
        with open(os.path.join(args.out, f"{ns}.yaml"), "w") as f:
            f.write("---\n".join(docs))
    with open(os.path.join(args.out, "admin.yaml"), "w") as f:
        f.write("apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata:\n  name: deny-red-to-gold\n"
                "spec:\n  priority: 10\n  subject: {namespaces: {matchLabels: {team: gold}}}\n  ingress:\n"
                "    - name: deny-red\n      action: Deny\n      from: [{namespaces: {matchLabels: {team: red}}}]\n"
                "---\napiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata:\n  name: pass-monitoring\n"
                "spec:\n  priority: 20\n  subject: {namespaces: {}}\n  ingress:\n"
                "    - name: pass-monitoring\n      action: Pass\n      from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}]\n"
                "---\napiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\nmetadata:\n  name: default\n"
                "spec:\n  subject: {namespaces: {}}\n  ingress:\n"
                "    - name: deny-staging-to-prod\n      action: Deny\n      from: [{namespaces: {matchLabels: {env: staging}}}]\n")
    print(f"{args.out}: {args.namespaces} namespaces, {workloads} workloads, {policies} NetworkPolicies, 2 AdminNetworkPolicies, 1 baseline")


if __name__ == "__main__":
    main()
