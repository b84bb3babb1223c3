// The self-contained files' engine-start.js (scripts/build.mjs aliases it): their .wasm is inlined in
// the engine's glue, a second copy for an early compile would double it, and no request waits for it.
// Resolving to null leaves the compile to the glue, as before.
export const startNetworkEngine = () => Promise.resolve(null);
