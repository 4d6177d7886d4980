{{/* The chart's name, or nameOverride. */}}
{{- define "tributary.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The release's full name: fullnameOverride, else <release> or <release>-<name>. */}}
{{- define "tributary.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "tributary.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tributary.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "tributary.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "tributary.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: operator
app.kubernetes.io/part-of: tributary
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "tributary.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "tributary.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "tributary.leaseName" -}}
{{- default (include "tributary.fullname" .) .Values.leaderElection.leaseName -}}
{{- end -}}

{{- define "tributary.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{/* Where the kubelet mounts the gitops credentials Secret. */}}
{{- define "tributary.gitCredentialsDir" -}}/etc/tributary/git{{- end -}}

{{/* Combinations the schema cannot express. */}}
{{- define "tributary.validate" -}}
{{- if and (gt (int .Values.replicas) 1) (not .Values.leaderElection.enabled) -}}
{{- fail "replicas > 1 needs leaderElection.enabled: two replicas would reconcile the same Blueprints at once" -}}
{{- end -}}
{{- if and (eq .Values.mode "gitops") (not .Values.gitops.repository) -}}
{{- fail "mode gitops needs gitops.repository" -}}
{{- end -}}
{{- if and (eq .Values.mode "gitops") .Values.gitops.credentials.secretName (eq .Values.gitops.credentials.type "https") (hasPrefix "http://" .Values.gitops.repository) -}}
{{- fail "https credentials would be sent in clear text to an http:// repository" -}}
{{- end -}}
{{- if ne (len .Values.watchNamespaces) (len (uniq .Values.watchNamespaces)) -}}
{{- fail "watchNamespaces lists a namespace twice" -}}
{{- end -}}
{{- end -}}

{{/*
RBAC rules the operator needs on Blueprints and their children, as a YAML list (the body of a ClusterRole's
or a Role's `rules`): exactly the requests operator/ makes. Blueprints: read; status: a server-side apply.
Apply mode also patches a Blueprint's finalizer, updates blueprints/finalizers (so the children's owner
references may set blockOwnerDeletion under OwnerReferencesPermissionEnforcement), and writes the children:
server-side apply is a patch that may create, pruning deletes. Gitops mode only reads the children. The
child kinds are files/children.yaml, generated from the provider registry by scripts/rbac.ts. Events:
created, never updated.
*/}}
{{- define "tributary.rules" -}}
{{- $apply := eq .Values.mode "apply" -}}
- apiGroups: ["tributary.dev"]
  resources: ["blueprints"]
  verbs: {{ ternary (list "get" "list" "watch" "patch") (list "get" "list" "watch") $apply | toJson }}
- apiGroups: ["tributary.dev"]
  resources: ["blueprints/status"]
  verbs: ["patch"]
{{- if $apply }}
- apiGroups: ["tributary.dev"]
  resources: ["blueprints/finalizers"]
  verbs: ["update"]
{{- end }}
{{- $verbs := ternary (list "get" "list" "watch" "create" "patch" "delete") (list "get" "list" "watch") $apply }}
{{- $children := .Files.Get "files/children.yaml" | fromYaml }}
{{- range $children.rules }}
- apiGroups: {{ toJson .apiGroups }}
  resources: {{ toJson .resources }}
  verbs: {{ toJson $verbs }}
{{- end }}
{{- if .Values.jobIdentity }}
{{- /* Identity glue: the jobs' ServiceAccounts, Roles and RoleBindings, and, to apply them, every permission
  those Roles hold (the API server's escalation check; never `escalate` or `bind`). gitops mode only reads. */}}
{{- range $children.jobIdentity.objects }}
- apiGroups: {{ toJson .apiGroups }}
  resources: {{ toJson .resources }}
  verbs: {{ toJson $verbs }}
{{- end }}
{{- if $apply }}
{{- range $children.jobIdentity.rules }}
- apiGroups: {{ toJson .apiGroups }}
  resources: {{ toJson .resources }}
  verbs: {{ toJson .verbs }}
{{- end }}
{{- end }}
{{- end }}
{{- /* Apply mode reads the Warning Events about its children for their health (operator/reconcile/
health-facts.ts: a list filtered by the child's uid, no watch). */}}
- apiGroups: [""]
  resources: ["events"]
  verbs: {{ ternary (list "create" "list") (list "create") $apply | toJson }}
{{- end -}}
