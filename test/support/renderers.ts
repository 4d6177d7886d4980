// Setup of every test file: the providers' render modules, which the CLI, the operator and the library's
// entry points load before they render (lib/providers/lazy-renderer.ts), loaded before tests call a
// provider's `render` or a `Staged.render` directly.
import { loadRenderers } from "../../lib/providers/registry.ts";

await loadRenderers();
