// Bundles the CLI with esbuild. One bundle loads far faster than hundreds of
// unbundled modules, and code splitting keeps rarely used parts (the JSON
// Schema generator, the terminal views, the office formats) out of the start-up
// path of `plan check`: they are loaded with import() only when asked for.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // PLAN_NO_MINIFY=1 keeps names readable for profiling.
  minify: !process.env.PLAN_NO_MINIFY,
  sourcemap: 'linked',
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (commander, js-yaml) call require() for Node's
  // built-ins; an ES module has no require, so give it one.
  banner: {
    js: "import { createRequire as __planRequire } from 'node:module'; const require = __planRequire(import.meta.url);",
  },
  define: { __PLAN_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
