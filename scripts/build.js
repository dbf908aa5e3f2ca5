// Bundles the CLI with esbuild. One bundle loads far faster than hundreds of
// unbundled modules, and code splitting keeps rarely used parts (the JSON
// Schema generator, the terminal views, the office formats) out of the start-up
// path of `plan check`: they are loaded with import() only when asked for.
//
// Files are written to temporary names and renamed into place, and stale
// chunks removed only afterwards, so a `plan` running while the build runs
// (tests in another terminal) never finds dist/ half written or missing.
//
// The library (`import 'plan-compiler'`) is an entry of its own, dist/index.js,
// sharing chunks with the CLI; the CLI never imports it, so `plan` loads no
// more than before. Its type declarations (dist/types/) come from tsc, which
// takes seconds: they are made again only when a source is newer than them.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const result = await build({
  entryPoints: {
    cli: join(root, 'src/cli/main.ts'),
    index: join(root, 'src/index.ts'),
  },
  outdir: dist,
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
  write: false,
  logLevel: 'warning',
});

const written = new Set(['types']);
// Chunks first, the entries last: a new cli.js never points at a missing chunk.
const isEntry = (path) => dirname(path) === dist;
const files = [...result.outputFiles].sort(
  (a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)),
);
for (const file of files) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
  written.add(relative(dist, file.path));
}
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  const name = relative(dist, path);
  if (!written.has(name.split(/[\\/]/)[0]) && !written.has(name) && !path.endsWith('.tmp')) {
    rmSync(path, { force: true });
  }
}

buildTypes();

/** dist/types/ from tsc, when a source is newer than it; swapped into place whole. */
function buildTypes() {
  const types = join(dist, 'types');
  const stamp = join(types, 'index.d.ts');
  if (existsSync(stamp) && newestSource(join(root, 'src')) <= statSync(stamp).mtimeMs) return;
  const temporary = join(dist, 'types.tmp');
  rmSync(temporary, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.types.json')],
    { cwd: root, stdio: 'inherit' },
  );
  const old = join(dist, `types.old.${process.pid}`);
  if (existsSync(types)) renameSync(types, old);
  renameSync(temporary, types);
  rmSync(old, { recursive: true, force: true });
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const mtime = statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}
