// Preloaded by the benchmark (node --require): records the process's peak
// resident memory when it exits, since Node cannot read a child's rusage.
const { writeFileSync } = require('node:fs');

const target = process.env.PLAN_BENCH_RSS;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
