// The parser worker's entry, at the top of src/ so that it lands in dist/ beside the modules that start it:
// dist/dyn-usage-worker.js is one relative URL away from them (see start-parser-worker.ts). The build
// replaces what tsc emits here with a self-contained file (rollup.config.mjs), so that esbuild users can
// copy that one file next to their bundle.
import './worker/parse-usage-worker.js';
