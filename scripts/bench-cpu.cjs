// Preloaded by `npm run bench` where a difference of a few milliseconds is
// measured: writes the process's CPU time (user + system, ms) to
// PLAN_BENCH_CPU at exit. CPU time, unlike wall time, hardly moves with
// the load of a shared machine.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  require('node:fs').writeFileSync(process.env.PLAN_BENCH_CPU, String((user + system) / 1000));
});
