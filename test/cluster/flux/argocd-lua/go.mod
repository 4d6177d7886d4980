module tributary.local/test-cluster/flux/argocd-lua

go 1.26.0

// The version argo-cd v3.5.8's go.mod requires (the interpreter its Lua health checks run in).
require github.com/yuin/gopher-lua v1.1.2
