// argocd-lua runs Argo CD resource health checks the way Argo CD runs them: in github.com/yuin/gopher-lua
// (the interpreter Argo CD embeds, at the version argo-cd v3.5.8 requires) with only the libraries Argo CD
// opens for a health script (package, base, table and its "safe" os; no string, math or io unless
// useOpenLibs is set), the object as the global `obj`, converted the way Argo CD converts it, and the
// returned table read as {status, message}. Mirrors argo-cd util/lua/lua.go (runLuaWithResourceActionParameters,
// decodeValue, ExecuteHealthLua, isValidHealthStatusCode) and util/lua/oslib_safe.go.
//
// Input (stdin): a JSON array of {"script": "...", "object": {...}, "openLibs": false}.
// Output (stdout): a JSON array, one {"status": "...", "message": "..."} or {"error": "..."} per input.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	lua "github.com/yuin/gopher-lua"
)

type check struct {
	Script   string         `json:"script"`
	Object   map[string]any `json:"object"`
	OpenLibs bool           `json:"openLibs"`
}

type result struct {
	Status  string `json:"status,omitempty"`
	Message string `json:"message,omitempty"`
	Error   string `json:"error,omitempty"`
}

// The health codes Argo CD accepts (gitops-engine pkg/health); anything else becomes Unknown.
var validStatus = map[string]bool{
	"Unknown": true, "Progressing": true, "Suspended": true, "Healthy": true, "Degraded": true, "Missing": true,
}

func decodeValue(l *lua.LState, value any) lua.LValue {
	switch v := value.(type) {
	case bool:
		return lua.LBool(v)
	case float64:
		return lua.LNumber(v)
	case string:
		return lua.LString(v)
	case []any:
		arr := l.CreateTable(len(v), 0)
		for _, item := range v {
			arr.Append(decodeValue(l, item))
		}
		return arr
	case map[string]any:
		tbl := l.CreateTable(0, len(v))
		for key, item := range v {
			tbl.RawSetH(lua.LString(key), decodeValue(l, item))
		}
		return tbl
	}
	return lua.LNil
}

// Argo CD's safe os library: only time and date (a fixed clock is not needed by health checks).
var osFuncs = map[string]lua.LGFunction{
	"time": func(l *lua.LState) int { l.Push(lua.LNumber(time.Now().Unix())); return 1 },
}

func run(c check) result {
	l := lua.NewState(lua.Options{SkipOpenLibs: !c.OpenLibs})
	defer l.Close()
	for _, pair := range []struct {
		n string
		f lua.LGFunction
	}{
		{lua.LoadLibName, lua.OpenPackage},
		{lua.BaseLibName, lua.OpenBase},
		{lua.TabLibName, lua.OpenTable},
		{lua.OsLibName, func(l *lua.LState) int { l.Push(l.RegisterModule(lua.TabLibName, osFuncs)); return 1 }},
	} {
		if err := l.CallByParam(lua.P{Fn: l.NewFunction(pair.f), NRet: 0, Protect: true}, lua.LString(pair.n)); err != nil {
			return result{Error: err.Error()}
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	l.SetContext(ctx)
	l.SetGlobal("obj", decodeValue(l, c.Object))
	if err := l.DoString(c.Script); err != nil {
		if apiErr, ok := err.(*lua.ApiError); ok {
			return result{Error: apiErr.Object.String()}
		}
		return result{Error: err.Error()}
	}
	ret := l.Get(-1)
	switch ret.Type() {
	case lua.LTNil:
		return result{}
	case lua.LTTable:
		t := ret.(*lua.LTable)
		status := t.RawGetString("status")
		message := t.RawGetString("message")
		if status.Type() != lua.LTString || !validStatus[status.String()] {
			return result{Status: "Unknown", Message: "Lua returned an invalid health status"}
		}
		r := result{Status: status.String()}
		if message.Type() == lua.LTString {
			r.Message = message.String()
		}
		return r
	}
	return result{Error: fmt.Sprintf("expect table output from Lua script, not %s", ret.Type().String())}
}

func main() {
	var checks []check
	if err := json.NewDecoder(os.Stdin).Decode(&checks); err != nil {
		fmt.Fprintln(os.Stderr, "argocd-lua: reading checks:", err)
		os.Exit(2)
	}
	out := make([]result, len(checks))
	for i, c := range checks {
		out[i] = run(c)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "argocd-lua:", err)
		os.Exit(1)
	}
}
