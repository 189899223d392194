import { z } from "zod";

// Runs in the browser before any of the app's own modules (Next's client instrumentation).
// Zod compiles object parsers with `new Function` after probing whether eval is allowed; our
// Content Security Policy has no 'unsafe-eval', so the probe is refused and reported as a
// violation (zod then falls back to its interpreter). Jitless mode skips probe and compiler.
z.config({ jitless: true });
