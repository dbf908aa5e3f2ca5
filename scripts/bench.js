// `npm run bench`: the figures DESIGN.md's quality bars ask for, measured on
// this machine by running the built CLI as a user would. Nothing here is a
// pass/fail test; it prints numbers, and the bars beside them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largePlan } from './large-plan.js';
import { manyUnitsPlan } from './many-units-plan.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'plan.js');
const rssProbe = join(root, 'scripts', 'bench-rss.cjs');
const work = mkdtempSync(join(tmpdir(), 'plan-bench-'));
const today = '2024-06-30';

/** Runs a command `runs` times; returns the median wall time in ms and the peak RSS in MB. */
function measure(args, runs) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const rssFile = join(work, 'rss.txt');
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, {
      cwd: work,
      env: { ...process.env, NO_COLOR: '1', PLAN_BENCH_RSS: rssFile },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    }
    try {
      peak = Math.max(peak, Number(readFileSync(rssFile, 'utf8')) / 1024);
    } catch {
      // `node -e 0` has no probe.
    }
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], mb: peak };
}

const plan = (...args) => ['--require', rssProbe, bin, ...args];
const row = (label, { ms, mb }, bar = '') =>
  console.log(
    `${label.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms ${mb ? `${mb.toFixed(0).padStart(5)} MB` : '        '}  ${bar}`,
  );

try {
  const typical = join(work, 'typical.yaml');
  writeFileSync(typical, readFileSync(join(root, 'examples', 'provincial-hospital-quality.yaml')));
  const big = join(work, 'big.yaml');
  writeFileSync(big, largePlan(10_000));
  const many = join(work, 'many');
  mkdirSync(many);
  for (let i = 0; i < 200; i++) writeFileSync(join(many, `plan-${i}.yaml`), largePlan(50, i));

  console.log(`plan benchmark (median wall time; peak resident memory), node ${process.version}\n`);
  console.log('start-up');
  const bare = measure(['-e', '0'], 21);
  row('node -e 0', bare);
  const check = measure(plan('check', typical, '--today', today), 21);
  row(
    'plan check (typical example)',
    check,
    `${(check.ms / bare.ms).toFixed(2)}× bare node (bar: within 2×)`,
  );

  // A project config found from each plan upward (rules, shared units,
  // ignore, lights) against --no-config, which looks for none: the cost of
  // the lookup, the load and the ignore test, for one file and for 200.
  console.log('\nproject config (plan.config.yaml) and discovery, against --no-config');
  const project = join(work, 'project');
  mkdirSync(join(project, '.git'), { recursive: true });
  writeFileSync(
    join(project, 'plan.config.yaml'),
    'rules:\n  overdue: off\n  due-soon: warning\nunits: units.yaml\nignore: [drafts/]\nlights: { yellow: 15 }\n',
  );
  writeFileSync(
    join(project, 'units.yaml'),
    'med: 医务科\nnursing: { name: 护理部, aliases: [护理处] }\n',
  );
  const typicalText = readFileSync(typical);
  for (let folder = 0; folder < 10; folder++) {
    mkdirSync(join(project, 'plans', `f${folder}`, 'deep'), { recursive: true });
    for (let i = 0; i < 20; i++) {
      writeFileSync(join(project, 'plans', `f${folder}`, 'deep', `p${i}.yaml`), typicalText);
    }
  }
  // Runs alternate between the two, and the lowest CPU time of each is
  // compared: wall time on a busy machine moves by more than the difference.
  const cpuFile = join(work, 'cpu.txt');
  const cpuProbe = join(root, 'scripts', 'bench-cpu.cjs');
  const projectRow = (label, args, runs) => {
    const times = { without: [], with: [] };
    for (let i = 0; i < runs; i++) {
      for (const [key, extra] of [
        ['without', ['--no-config']],
        ['with', []],
      ]) {
        spawnSync(process.execPath, ['--require', cpuProbe, bin, ...args, ...extra], {
          cwd: project,
          env: { ...process.env, NO_COLOR: '1', PLAN_BENCH_CPU: cpuFile },
          maxBuffer: 1 << 30,
        });
        times[key].push(Number(readFileSync(cpuFile, 'utf8')));
      }
    }
    const least = (list) => Math.min(...list);
    row(`${label}, --no-config (CPU)`, { ms: least(times.without), mb: 0 });
    row(
      `${label}, with the config (CPU)`,
      { ms: least(times.with), mb: 0 },
      `${(least(times.with) - least(times.without)).toFixed(1)} ms (bar: under 10 ms)`,
    );
  };
  projectRow('one file', ['check', 'plans/f0/deep/p0.yaml', '--today', today], 21);
  projectRow('a folder of 200 plans in 10 folders', ['check', 'plans', '--today', today], 5);

  console.log(`\n10,000 tasks (${(statSync(big).size / 1e6).toFixed(1)} MB in one file)`);
  const oneFile = measure(plan('check', big, '--today', today), 5);
  row('plan check, one file of 10,000 tasks', oneFile, 'bar: under 1000 ms');
  const manyFiles = measure(plan('check', 'many/*.yaml', '--today', today), 5);
  row('plan check, 200 files of 50 tasks', manyFiles, 'bar: under 1000 ms');
  // unit-alias looks for likely duplicates among every unit name of a plan
  // without a registry; compare with the 10,000-task row above.
  const units = join(work, 'units.yaml');
  writeFileSync(units, manyUnitsPlan(60_000));
  const manyUnits = measure(plan('check', units, '--today', today), 5);
  row('plan check, 60,000 units without a registry', manyUnits, 'bar: under 1000 ms');

  const views = [
    ['table', '--format', 'term', '--width', '160'],
    ['table', '--format', 'md'],
    ['table', '--format', 'csv'],
    ['table', '--format', 'json'],
    ['table', '--format', 'xlsx'],
    ['table', '--format', 'docx'],
    ['checklist'],
    ['timeline', '--width', '160'],
    ['timeline', '--format', 'svg'],
    ['timeline', '--format', 'mermaid'],
    ['overdue', '--format', 'term'],
    ['overdue', '--format', 'json'],
    ['report'],
    ['report', '--format', 'html'],
    ['export', '--format', 'ics'],
  ];
  // Office and picture formats have a bar of 2 s, the others 1 s.
  const barOf = (view) => (/xlsx|docx|svg|mermaid|html|ics/.test(view.join(' ')) ? 2000 : 1000);
  for (const view of views) {
    row(
      `plan ${view.join(' ')}`,
      measure(plan(...view, big, '--today', today, '-o', 'out'), 3),
      `bar: under ${barOf(view)} ms`,
    );
  }

  console.log('\nscaling of plan check (linear: time per task about constant)');
  for (const count of [2_500, 5_000, 10_000, 20_000]) {
    const file = join(work, `scale-${count}.yaml`);
    writeFileSync(file, largePlan(count));
    const result = measure(plan('check', file, '--today', today), 3);
    row(
      `${count} tasks`,
      result,
      `${(((result.ms - bare.ms) / count) * 1000).toFixed(1)} µs per task above start-up`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
