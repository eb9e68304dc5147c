// Import cost measured in-process: the time `await import("mod.ts")` takes.
const t0 = performance.now();
await import("../../mod.ts");
console.log(JSON.stringify({ importMs: performance.now() - t0 }));
