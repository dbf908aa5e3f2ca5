// Writes large, valid, realistic plans for the benchmark: a units registry,
// goals with targets, phases, and tasks in three levels with updates, so that
// every stage and view does real work on them.

const units = [
  ['health', '省卫生健康委', ['卫健委']],
  ['finance', '省财政厅', ['财政厅']],
  ['hrss', '省人力资源社会保障厅', []],
  ['medsec', '省医保局', ['医保局']],
  ['drc', '省发展改革委', []],
  ['edu', '省教育厅', []],
];

const titles = [
  '推动优质医疗资源扩容下沉和区域均衡布局',
  '加强临床专科能力建设，提升疑难危重症诊疗水平',
  '完善分级诊疗体系，推进基层预约转诊',
  '健全现代医院管理制度，落实党委领导下的院长负责制',
  '深化薪酬制度改革，建立主要体现岗位职责的薪酬体系',
  '推进“互联网+医疗健康”发展，普及应用电子健康码',
];

/** A plan of `count` tasks (about a tenth of them sub-tasks), as YAML text. */
export function largePlan(count, seed = 0) {
  const lines = [
    'version: 1',
    `title: 公立医院高质量发展实施方案（基准测试 ${seed}）`,
    'issuer: 省卫生健康委',
    'locale: zh-CN',
    'period: { start: 2023-01, end: 2025-12 }',
    'units:',
    ...units.map(([id, name, aliases]) =>
      aliases.length
        ? `  ${id}: { name: ${name}, aliases: [${aliases.join(', ')}] }`
        : `  ${id}: ${name}`,
    ),
    'goals:',
    '  - id: G1',
    '    title: 构建优质高效的医疗卫生服务体系',
    '    due: 2025',
    '    targets:',
    '      - { metric: 微创手术占比, target: ">= 30%", nature: expected, baseline: 18%, actual: [{ value: 24%, date: 2024-06 }], due: 2025-12 }',
    '  - id: G2',
    '    title: 提升患者满意度',
    '    due: 2025',
    'phases:',
    '  - { id: deploy, name: 动员部署阶段, start: 2023-01, end: 2023-03, status: done }',
    '  - { id: implement, name: 组织实施阶段, start: 2023-04, end: 2025-06 }',
    '  - { id: review, name: 总结评估阶段, start: 2025-07, end: 2025-12 }',
    'tasks:',
  ];
  // As of the benchmark's day (2024-06-30) most work is done or on schedule
  // and one task in fifty is late, as in a plan that is being run.
  let written = 0;
  let top = 0;
  while (written < count) {
    top++;
    const month = 4 + (top % 27);
    const year = 2023 + Math.floor((month - 1) / 12);
    const due = `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`;
    const past = year * 12 + (((month - 1) % 12) + 1) <= 2024 * 12 + 6;
    const late = top % 50 === 0;
    const status = past && !late ? 'done' : 'doing';
    const onSchedule = Math.ceil((15 / (month - 3)) * 100) + 5;
    const progress = status === 'done' ? 100 : late ? 20 : Math.min(99, onSchedule);
    lines.push(
      `  - id: T${top}`,
      `    title: ${titles[top % titles.length]}（第${top}项）`,
      `    goal: G${(top % 2) + 1}`,
      '    phase: implement',
      `    lead: ${units[top % units.length][0]}`,
      `    support: [${units[(top + 1) % units.length][0]}, ${units[(top + 2) % units.length][0]}]`,
      '    start: 2023-04',
      `    due: ${due}`,
      `    status: ${status}`,
      ...(status === 'todo' ? [] : [`    progress: ${progress}`]),
      '    updates:',
      `      - { date: 2023-06-30, progress: ${Math.min(progress, 20)}, note: 完成方案制定 }`,
      `      - { date: 2024-03-31, progress: ${progress}, note: 召开推进会，按月调度 }`,
    );
    written++;
    if (top % 10 === 0 && written + 2 <= count) {
      lines.push('    tasks:');
      for (let sub = 1; sub <= 2; sub++) {
        lines.push(
          `      - title: 细化落实措施 ${sub}`,
          `        due: ${due}`,
          `        status: ${status}`,
        );
        if (status !== 'todo') lines.push(`        progress: ${progress}`);
        written++;
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
