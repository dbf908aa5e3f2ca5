// `node scripts/attacks.js [name…]`: runs the denial-of-service attacks of
// issue 13 (items 6–11) at full size against the built CLI and prints, for
// each, wall time, peak resident memory, exit code and output size. The bar
// is 5 s and 1 GB, ending in a diagnostic (exit 1 or 2) or in success.
// Nothing here passes or fails; the small versions run in npm test.
// ATTACK_TIMEOUT (seconds, default 60) stops an attack that runs away.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  aliasKeyPlan,
  aliasStringPlan,
  cleanPlan,
  collidingIdsPlan,
  cyclePlan,
  oneLinePlan,
  unknownDependsPlan,
  unknownKeysPlan,
  unknownUnitsPlan,
  weeklyPlan,
} from './attack-plans.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// ATTACK_BIN runs another build, e.g. a copy of the one before a fix.
const bin = process.env.ATTACK_BIN ?? join(root, 'bin', 'plan.js');
const rssProbe = join(root, 'scripts', 'bench-rss.cjs');
const work = mkdtempSync(join(tmpdir(), 'plan-attacks-'));
const timeout = Number(process.env.ATTACK_TIMEOUT ?? 60) * 1000;

const attacks = [
  ['6 cycles, 20,000 tasks', () => cyclePlan(20_000), ['check']],
  ['6 cycles, 5,000 tasks', () => cyclePlan(5_000), ['check']],
  ['7 one-line plan, 20,000 warnings', () => oneLinePlan(20_000), ['check']],
  [
    '8 1,000 aliases of a 1 MB string',
    () => aliasStringPlan(1_000, 1 << 20),
    ['table', '-f', 'json'],
  ],
  ['8 300 aliases of 1 MB in a key', () => aliasKeyPlan(300, 1 << 20), ['check']],
  ['9 20,000 unknown units, 20,000 registered', () => unknownUnitsPlan(20_000), ['check']],
  ['9 20,000 unknown depends_on', () => unknownDependsPlan(20_000), ['check']],
  ['9 300,000 unknown keys', () => unknownKeysPlan(300_000), ['check']],
  ['9 20,000 colliding row ids (svg)', () => collidingIdsPlan(20_000), ['timeline', '-f', 'svg']],
  ['10 20,000 weekly duties 1000–9999', () => weeklyPlan(20_000), ['export', '-f', 'ics']],
  [
    '11 timeline svg, clean 30,000 tasks',
    () => cleanPlan(30_000),
    ['timeline', '-f', 'svg', '--max-bytes', '20000000'],
  ],
  [
    '11 report html, clean 30,000 tasks',
    () => cleanPlan(30_000),
    ['report', '-f', 'html', '--max-bytes', '20000000'],
  ],
];

const wanted = process.argv.slice(2);
console.log(`plan attacks (timeout ${timeout / 1000} s), node ${process.version}\n`);
try {
  for (const [label, make, args] of attacks) {
    if (wanted.length > 0 && !wanted.some((w) => label.startsWith(w))) continue;
    const file = join(work, 'attack.yaml');
    const text = make();
    writeFileSync(file, text);
    const rssFile = join(work, 'rss.txt');
    rmSync(rssFile, { force: true });
    const started = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      ['--require', rssProbe, bin, ...args, file, '--today', '2024-06-30'],
      {
        cwd: work,
        env: { ...process.env, NO_COLOR: '1', PLAN_BENCH_RSS: rssFile },
        maxBuffer: 1 << 30,
        timeout,
      },
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    let mb = Number.NaN;
    try {
      mb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    } catch {
      // Killed or crashed before exit: no figure.
    }
    const end =
      result.error?.code === 'ETIMEDOUT'
        ? `timed out`
        : result.status === null
          ? `killed (${result.signal})`
          : `exit ${result.status}`;
    const stderr = String(result.stderr ?? '')
      .split('\n')
      .find((line) => /internal error|heap|Maximum call|Invalid string/.test(line));
    console.log(
      `${label.padEnd(44)} ${(text.length / 1e6).toFixed(1).padStart(5)} MB in  ${(ms / 1000).toFixed(1).padStart(6)} s ${Number.isNaN(mb) ? '     ?' : mb.toFixed(0).padStart(6)} MB  ${end.padEnd(10)} ${((result.stdout?.length ?? 0) / 1e6).toFixed(1).padStart(6)} MB out${stderr ? `  ${stderr.slice(0, 80)}` : ''}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
