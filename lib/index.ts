// Tributary as a library: the pure pipeline, for programs that embed it (the operator, the cdk8s
// construct, tools of your own). The CLI is `bin/trib.js`; typed Blueprints are in `tributary/cdk8s`.
export type { Diagnostic, Severity } from "./blueprint/diagnostics.ts";
export { formatDiagnostic, hasErrors } from "./blueprint/diagnostics.ts";
export type { Source } from "./blueprint/load.ts";
export * from "./blueprint/schema.ts";
export type { Health, K8sObject } from "./model/k8s-object.ts";
export type { ComponentRef, ModelBlueprint, ModelComponent } from "./model/types.ts";

import { loadRenderers } from "./providers/registry.ts";

export { loadRenderers, providers } from "./providers/registry.ts";
export type { Provider } from "./providers/types.ts";
export { type CompileResult, compile, compileDocuments, compileObjects } from "./stages.ts";
export { canonicalObject, canonicalYaml } from "./synth/canonical.ts";
export { type BlueprintTree, layout } from "./synth/layout.ts";
export { type SynthObject, synthesize } from "./synth/synthesize.ts";

// Library users render synchronously (compile(…).render, synthesize): the providers' render modules load
// here, once, as the library is imported.
await loadRenderers();
