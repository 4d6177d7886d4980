// flux-cel evaluates Flux healthCheckExprs the way kustomize-controller does: with the
// StatusEvaluator of github.com/fluxcd/pkg/runtime/cel (status_evaluator.go, at the version the pinned
// kustomize-controller requires), which first returns InProgress when status.observedGeneration differs
// from metadata.generation, then tries inProgress, failed and current in that order (RFC 0009), and
// returns InProgress when none holds.
//
// Input (stdin): a JSON array of {"current": "...", "failed": "...", "inProgress": "...", "object": {...}}.
// Output (stdout): a JSON array, one {"status": "Current|Failed|InProgress|Unknown", "error": "..."} per
// input: an expression that fails to evaluate (a missing `status`: no such attribute) is Unknown with the
// error, as kstatus' generic status reader reports it (fluxcd/cli-utils pkg/kstatus/polling/statusreaders/
// generic.go, errResourceToResourceStatus); an expression that does not parse is only an error.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/fluxcd/pkg/apis/kustomize"
	"github.com/fluxcd/pkg/runtime/cel"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

type check struct {
	Current    string         `json:"current"`
	Failed     string         `json:"failed"`
	InProgress string         `json:"inProgress"`
	Object     map[string]any `json:"object"`
}

type result struct {
	Status string `json:"status,omitempty"`
	Error  string `json:"error,omitempty"`
}

func run(c check) result {
	evaluator, err := cel.NewStatusEvaluator(&kustomize.HealthCheckExpressions{
		Current: c.Current, Failed: c.Failed, InProgress: c.InProgress,
	})
	if err != nil {
		return result{Error: err.Error()}
	}
	r, err := evaluator.Evaluate(context.Background(), &unstructured.Unstructured{Object: c.Object})
	if err != nil {
		return result{Status: "Unknown", Error: err.Error()}
	}
	return result{Status: string(r.Status)}
}

func main() {
	var checks []check
	decoder := json.NewDecoder(os.Stdin)
	// Numbers as int64 where they are integers, as the API server's JSON decoding gives them to Flux.
	decoder.UseNumber()
	if err := decoder.Decode(&checks); err != nil {
		fmt.Fprintln(os.Stderr, "flux-cel: reading checks:", err)
		os.Exit(2)
	}
	for i := range checks {
		if checks[i].Object != nil {
			checks[i].Object = normalize(checks[i].Object).(map[string]any)
		}
	}
	out := make([]result, len(checks))
	for i, c := range checks {
		out[i] = run(c)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "flux-cel:", err)
		os.Exit(1)
	}
}

// normalize turns json.Number into int64 (or float64), as unstructured JSON decoding does.
func normalize(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			t[k] = normalize(x)
		}
		return t
	case []any:
		for i, x := range t {
			t[i] = normalize(x)
		}
		return t
	case json.Number:
		if i, err := t.Int64(); err == nil {
			return i
		}
		f, _ := t.Float64()
		return f
	}
	return v
}
