#!/usr/bin/env node
// Bundles the compiled CLI into one file (dist/src/host/tenantsh.mjs, the package's bin). Node 20
// has no module compile cache, and resolving the few hundred small modules of the dependencies
// (lodash-es alone has 600) was most of the CLI's start-up time; one file loads in a fraction.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'dist/src/host/main.js')],
  outfile: join(root, 'dist/src/host/tenantsh.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Optional native parser used only by the benchmark's baseline.
  external: ['tree-sitter', 'tree-sitter-powershell'],
  // CommonJS dependencies inside an ES module bundle need a require().
  banner: { js: "import { createRequire as __tenantshRequire } from 'node:module'; const require = __tenantshRequire(import.meta.url);" },
  logLevel: 'warning',
});
