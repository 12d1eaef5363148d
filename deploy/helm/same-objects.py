"""Compares a rendering of the chart with deploy/admission/: the same objects with the same
content, apart from what Helm adds (release labels, the config checksum) and the default-deny
policy's name, which the chart prefixes so two releases can share a namespace.
Usage: python3 same-objects.py RENDERED.yaml deploy/admission/*.yaml  (needs PyYAML)"""
import sys

import yaml

HELM_ONLY_KEYS = {"app.kubernetes.io/instance", "app.kubernetes.io/version",
                  "app.kubernetes.io/managed-by", "helm.sh/chart", "checksum/config"}


def normalise(node):
    if isinstance(node, dict):
        out = {k: normalise(v) for k, v in node.items() if k not in HELM_ONLY_KEYS}
        return {k: v for k, v in out.items() if v != {} or k in ("podSelector", "selfSigned")}
    if isinstance(node, list):
        return [normalise(v) for v in node]
    return node


def objects(paths):
    found = {}
    for path in paths:
        with open(path) as f:
            for doc in yaml.safe_load_all(f):
                if not doc or doc.get("kind") == "Namespace":
                    continue
                if doc["kind"] == "ConfigMap":
                    doc["data"] = {k: yaml.safe_load(v) for k, v in doc["data"].items()}
                name = doc["metadata"]["name"].replace("bulwark-admission-default-deny", "default-deny")
                doc["metadata"]["name"] = name
                found[(doc["kind"], name)] = normalise(doc)
    return found


rendered, plain = objects(sys.argv[1:2]), objects(sys.argv[2:])
problems = [f"only in the chart: {k}" for k in rendered.keys() - plain.keys()]
problems += [f"only in deploy/admission: {k}" for k in plain.keys() - rendered.keys()]
problems += [f"differs: {k}\n  chart: {rendered[k]}\n  plain: {plain[k]}"
             for k in sorted(rendered.keys() & plain.keys()) if rendered[k] != plain[k]]
print("\n".join(problems) or f"same {len(plain)} objects")
sys.exit(1 if problems else 0)
