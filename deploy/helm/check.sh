#!/bin/sh
# Checks the Helm chart: lints it, renders it with the default values and with non-default ones,
# and holds every rendering to what deploy/admission is held to: `bulwark scan` finds nothing that
# is not annotated as accepted, and the pods pass Pod Security at restricted. Also checks that bad
# values are refused and that failurePolicy Ignore is reported by Bulwark.
#   deploy/helm/check.sh            (helm on PATH, or HELM=/path/to/helm)
# Needs helm 3 and the repository's ./bulwark launcher; writes only to a temporary folder.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
chart="$root/deploy/helm/bulwark-admission"
namespace_manifest="$root/deploy/admission/00-namespace.yaml"
helm=${HELM:-helm}
# the oldest Kubernetes the chart supports (Chart.yaml kubeVersion); a helm built from source
# would otherwise assume v1.20
kube_version=${KUBE_VERSION:-1.30.0}
bulwark="$root/bulwark"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() {
  echo "check.sh: FAILED: $*" >&2
  exit 1
}

cat >"$out/custom-values.yaml" <<'VALUES'
image:
  repository: registry.internal.example/security/bulwark-admission
  tag: "0.2.0"
  digest: sha256:1111111111111111111111111111111111111111111111111111111111111111
replicas: 3
resources:
  requests: {cpu: 500m, memory: 384Mi, ephemeral-storage: 32Mi}
  limits: {memory: 768Mi, ephemeral-storage: 64Mi}
jvmOptions: "-Xlog:gc:stderr"
config:
  apiVersion: bulwark.dev/v1alpha1
  kind: AdmissionConfiguration
  podSecurity:
    defaults: {enforce: restricted, enforce-version: v1.30, warn: restricted, warn-version: latest, audit: restricted, audit-version: latest}
    exemptions: {usernames: [], runtimeClasses: [], namespaces: []}
  policies: []
  server: {timeout: 3s, onTimeout: deny, maxRequestBytes: 1048576}
webhook:
  timeoutSeconds: 10
  excludedNamespaces: [kube-system, monitoring]
  extraNamespaceSelectorExpressions:
  - {key: admission.bulwark.dev/skip, operator: DoesNotExist}
  reviewControllers: false
  extraRules:
  - {apiGroups: [""], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [services], scope: Namespaced}
certManager:
  enabled: false
tls:
  secretName: webhook-serving-cert
  caBundle: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
networkPolicy:
  apiServerCIDRs: [192.0.2.10/32, 192.0.2.11/32]
  apiServerPorts: [6443]
preStopSleepSeconds: 15
terminationGracePeriodSeconds: 40
priorityClassName: platform-critical
VALUES

echo "== helm lint"
"$helm" lint --strict --kube-version "$kube_version" "$chart" >/dev/null || fail "helm lint (default values)"
"$helm" lint --strict --kube-version "$kube_version" "$chart" -f "$out/custom-values.yaml" >/dev/null || fail "helm lint (custom values)"

for values in default custom; do
  echo "== $values values"
  set -- template bulwark-admission "$chart" --namespace bulwark-system --kube-version "$kube_version"
  if [ "$values" = custom ]; then
    set -- "$@" -f "$out/custom-values.yaml"
  fi
  "$helm" "$@" >"$out/$values.yaml" || fail "helm template ($values values)"
  "$bulwark" scan "$out/$values.yaml" "$namespace_manifest" --fail-on info \
    || fail "bulwark scan of the $values rendering"
  "$bulwark" pss --level restricted "$out/$values.yaml" \
    || fail "bulwark pss --level restricted of the $values rendering"
  "$bulwark" pss "$out/$values.yaml" "$namespace_manifest" \
    || fail "bulwark pss (namespace labels) of the $values rendering"
done

echo "== the default rendering is deploy/admission"
if python3 -c 'import yaml' 2>/dev/null; then
  python3 "$root/deploy/helm/same-objects.py" "$out/default.yaml" "$root"/deploy/admission/*.yaml \
    || fail "the chart's default rendering differs from deploy/admission"
else
  echo "check.sh: SKIPPED the comparison: python3 with PyYAML is needed" >&2
fi

echo "== bad values are refused"
for bad in "webhook.failurePolicy=Sometimes" "webhook.timeoutSeconds=31" \
  "certManager.enabled=false" "terminationGracePeriodSeconds=33"; do
  if "$helm" template bulwark-admission "$chart" -n bulwark-system --kube-version "$kube_version" --set "$bad" >/dev/null 2>&1; then
    fail "helm template accepted --set $bad"
  fi
done

echo "== failurePolicy Ignore is reported"
"$helm" template bulwark-admission "$chart" -n bulwark-system --kube-version "$kube_version" --set webhook.failurePolicy=Ignore \
  >"$out/ignore.yaml"
if "$bulwark" scan "$out/ignore.yaml" -f json -o "$out/ignore.json" --fail-on medium; then
  fail "bulwark scan did not report failurePolicy Ignore"
fi
grep -q '"webhook-fails-open"' "$out/ignore.json" || fail "no webhook-fails-open finding"

echo "check.sh: all checks passed"
