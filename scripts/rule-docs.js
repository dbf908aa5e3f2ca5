// Writes what is derived from the diagnostics registry (src/diagnostics/codes.ts):
// the README's diagnostics table, between its markers, and docs/rules/<code>.md.
// `--check` writes nothing and exits 1 when anything is stale (CI; the test
// test/rule-docs.test.ts says the same). The registry is TypeScript, so it is
// bundled on the fly with esbuild into a temporary module.
import { build } from 'esbuild';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const scratch = mkdtempSync(join(tmpdir(), 'plan-rule-docs-'));
const bundled = join(scratch, 'rule-docs.mjs');
try {
  await build({
    entryPoints: [join(root, 'src/diagnostics/rule-docs.ts')],
    outfile: bundled,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const docs = await import(pathToFileURL(bundled).href);
  const stale = [];
  const put = (path, text) => {
    const file = join(root, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
    stale.push(path);
    if (!check) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
    }
  };
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const updated = docs.withDiagnosticsTable(readme);
  if (updated === undefined) throw new Error('README.md has no diagnostics-table markers');
  put('README.md', updated);
  const pages = docs.rulePages();
  for (const [path, text] of pages) put(path, text);
  // A page for a code that no longer exists is stale too.
  const rulesDir = join(root, 'docs', 'rules');
  for (const name of existsSync(rulesDir) ? readdirSync(rulesDir) : []) {
    const path = `docs/rules/${name}`;
    if (!pages.has(path)) {
      stale.push(path);
      if (!check) rmSync(join(root, path));
    }
  }
  if (stale.length > 0) {
    console.log(`${check ? 'stale' : 'wrote'}: ${stale.join(', ')}`);
    if (check) process.exitCode = 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
