{{/* The name every object of the release shares: the release name, or release-chart. */}}
{{- define "bulwark-admission.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Labels that select the webhook's pods; never change them on an upgrade. */}}
{{- define "bulwark-admission.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "bulwark-admission.labels" -}}
{{ include "bulwark-admission.selectorLabels" . }}
app.kubernetes.io/part-of: bulwark
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* The Secret holding tls.crt and tls.key. */}}
{{- define "bulwark-admission.tlsSecret" -}}
{{- if .Values.certManager.enabled -}}
{{- printf "%s-tls" (include "bulwark-admission.fullname" .) -}}
{{- else -}}
{{- required "tls.secretName is required when certManager.enabled is false" .Values.tls.secretName -}}
{{- end -}}
{{- end -}}

{{- define "bulwark-admission.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s:%s@%s" .Values.image.repository .Values.image.tag .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository .Values.image.tag -}}
{{- end -}}
{{- end -}}
