import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import { parseIsoDay } from '../dates/index.js';
import { defaultTableColumns, tableColumns } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { Plan } from '../model/types.js';
import {
  buildTableView,
  indentTitle,
  parseStatuses,
  parseTableColumns,
  resolveTableFilter,
  type TableQuery,
} from './table-rows.js';

const fixture = join(import.meta.dirname, '../../test/fixtures/views/table-sample.yaml');
const plan = compilePlan('table-sample.yaml', readFileSync(fixture, 'utf8')).plan!;
const today = parseIsoDay('2024-06-30')!;

function view(query: TableQuery = {}, lang: Lang = 'zh-CN', target: Plan = plan) {
  const filter = resolveTableFilter(target, query);
  if (!filter.ok) throw new Error(`bad filter ${JSON.stringify(filter.problem)}`);
  return buildTableView(target, { lang, today, warnDays: 14, filter: filter.value });
}
const nos = (v: ReturnType<typeof view>) => v.rows.map((row) => row.no);
const row = (v: ReturnType<typeof view>, no: string) => v.rows.find((r) => r.no === no)!;

describe('buildTableView', () => {
  it('lists every task, parents before children, with the master numbering', () => {
    const v = view();
    expect(nos(v)).toEqual(['1', '2', '2.1', '2.2', '2.2.1', '3', '4', '5', '6', '7']);
    expect(v.rows.map((r) => r.level)).toEqual([0, 0, 1, 1, 2, 0, 0, 0, 0, 0]);
    expect(v.columns).toEqual(defaultTableColumns);
    expect(v.columnsChosen).toBe(false);
    expect(v.header[0]).toBe('序号');
    expect(v.notices).toEqual([]);
  });

  it('shows what sub-tasks inherit, and what they override', () => {
    const v = view();
    const child = row(v, '2.1');
    expect(child.lead).toEqual(['门诊部']);
    expect(child.support).toEqual(['信息中心']);
    expect(child.inherited).toMatchObject({ lead: true, support: true, due: false, phase: true });
    expect(child.due?.text).toBe('2024年5月');
    const middle = row(v, '2.2');
    // Own support (an alias resolves to the registry name); inherited due.
    expect(middle.support).toEqual(['信息中心', '医务部']);
    expect(middle.inherited).toMatchObject({ support: false, due: true });
    expect(middle.due).toEqual({ text: '2024年9月', canonical: '2024-09' });
    expect(middle.phase).toBe('组织实施阶段');
    const grandchild = row(v, '2.2.1');
    expect(grandchild.lead).toEqual(['信息中心']);
    expect(grandchild.support).toEqual(['信息中心', '医务部']);
    expect(grandchild.inherited).toMatchObject({ lead: false, support: true });
  });

  it('fills each column with its text', () => {
    const v = view();
    const cells = (no: string) =>
      Object.fromEntries(v.columns.map((c, i) => [c, row(v, no).cells[i]]));
    expect(cells('2.2')).toEqual({
      no: '2.2',
      title: '检查检验集中预约',
      lead: '门诊部',
      support: '信息中心、医务部',
      leader: '',
      owner: '',
      phase: '组织实施阶段',
      start: '2024年4月',
      due: '2024年9月',
      status: '进行中',
      progress: '30%',
      // The newest update that has a note, not the newest update.
      note: '完成需求调研',
    });
    expect(cells('7')).toMatchObject({ due: '长期', phase: '', progress: '', note: '' });
    expect(row(v, '7').due?.canonical).toBe('ongoing');
    expect(cells('2')).toMatchObject({ leader: '分管副院长', owner: '门诊部主任' });
  });

  it('prints dates and words in the output language', () => {
    const v = view({}, 'en');
    expect(v.header).toEqual([
      'No.',
      'Task',
      'Lead',
      'Support',
      'Leader',
      'Owner',
      'Phase',
      'Start',
      'Due',
      'Status',
      'Progress',
      'Latest progress',
    ]);
    const cells = row(v, '2.2').cells;
    expect(cells).toContain('2024-09');
    expect(cells).toContain('信息中心, 医务部');
    expect(cells).toContain('in progress');
    expect(row(v, '7').cells).toContain('ongoing');
    expect(row(view({}, 'zh-TW'), '2.2').cells).toContain('進行中');
  });

  it('judges lights as plan check does', () => {
    const v = view();
    expect(row(v, '2.2.1').state).toMatchObject({ light: 'red', daysOverdue: 15 });
    expect(row(v, '4').state.light).toBe('red');
    expect(row(v, '4').state.reasons).toEqual(['behind-schedule', 'blocked', 'due-soon']);
    expect(row(v, '5').state).toMatchObject({ light: 'yellow', daysLateToStart: 30 });
    expect(row(v, '1').state.light).toBe('grey');
    expect(row(v, '6').state.light).toBe('grey');
  });

  it('is the same view however often it is built', () => {
    expect(view({ unit: '医务部' })).toEqual(view({ unit: '医务部' }));
  });
});

describe('filters', () => {
  it('--unit matches by id, name or alias: the rows it leads or supports', () => {
    for (const unit of ['xinxi', '信息中心', '信息科', ' 信息 中心 ']) {
      const v = view({ unit });
      expect(nos(v)).toEqual(['2', '2.1', '2.2', '2.2.1']);
      expect(v.rows.map((r) => r.role)).toEqual(['support', 'support', 'support', 'lead']);
      expect(v.filter.unit?.name).toBe('信息中心');
      expect(v.filterSummary).toEqual(['单位：信息中心']);
    }
  });

  it('keeps the master numbering and starts an orphaned sub-task at the margin', () => {
    const v = view({ unit: '医务科' });
    // 2.2 names 医务科 (an alias of 医务部) as support; its parent 2 does not.
    expect(nos(v)).toEqual(['1', '2.2', '2.2.1', '3', '7']);
    expect(v.rows.map((r) => r.level)).toEqual([0, 0, 1, 0, 0]);
    expect(v.rows.map((r) => r.role)).toEqual(['lead', 'support', 'support', 'lead', 'lead']);
  });

  it('--phase by id or by name', () => {
    expect(nos(view({ phase: 'mobilize' }))).toEqual(['1']);
    expect(nos(view({ phase: '组织实施阶段' }))).toEqual([
      '2',
      '2.1',
      '2.2',
      '2.2.1',
      '3',
      '4',
      '5',
    ]);
  });

  it('--goal keeps tasks serving it, inherited or own', () => {
    expect(nos(view({ goal: 'G2' }))).toEqual(['1', '4', '5']);
    expect(nos(view({ goal: 'G1' }))).toEqual(['1', '2', '2.1', '2.2', '2.2.1', '3', '6']);
  });

  it('--status takes one or several, and filters combine with AND', () => {
    expect(nos(view({ status: 'blocked' }))).toEqual(['4']);
    expect(nos(view({ status: 'done, dropped' }))).toEqual(['1', '2.1', '6']);
    expect(nos(view({ unit: 'yiwu', status: 'doing' }))).toEqual(['2.2', '2.2.1', '3', '7']);
    expect(nos(view({ unit: 'yiwu', status: 'doing', phase: 'implement', goal: 'G1' }))).toEqual([
      '2.2',
      '2.2.1',
      '3',
    ]);
    expect(view({ unit: 'yiwu', status: 'doing', goal: 'G2' }).rows).toEqual([]);
  });

  it('explains an empty table', () => {
    const unknown = view({ unit: '宣传科' });
    expect(unknown.rows).toEqual([]);
    expect(unknown.notices).toEqual([
      '提示：方案中没有名为“宣传科”的单位；已有单位：医务部、护理部、信息中心、财务部、门诊部。',
    ]);
    const idle = view({ unit: 'caiwu', status: 'doing' });
    expect(idle.rows).toEqual([]);
    expect(idle.notices).toEqual(['提示：在所选条件下，财务部没有牵头或配合的任务。']);
    expect(view({ status: 'blocked', phase: 'review' }).notices).toEqual([
      '提示：没有符合条件的任务。',
    ]);
    expect(view({ unit: 'nobody' }, 'en').notices[0]).toMatch(
      /^note: the plan has no unit called "nobody"; its units: 医务部, /,
    );
  });

  it('reports a phase, goal or status that does not exist, with the valid ones', () => {
    expect(resolveTableFilter(plan, { phase: 'summary' })).toEqual({
      ok: false,
      problem: {
        option: '--phase',
        value: 'summary',
        valid: ['mobilize (动员部署阶段)', 'implement (组织实施阶段)', 'review (总结评估阶段)'],
      },
    });
    expect(resolveTableFilter(plan, { goal: 'G9' })).toEqual({
      ok: false,
      problem: { option: '--goal', value: 'G9', valid: ['G1', 'G2'] },
    });
    expect(parseStatuses('doing,late')).toEqual({
      ok: false,
      problem: {
        option: '--status',
        value: 'late',
        valid: ['todo', 'doing', 'done', 'blocked', 'dropped'],
      },
    });
    expect(parseStatuses(',').ok).toBe(false);
  });
});

describe('parseTableColumns', () => {
  it('chooses and orders the columns', () => {
    expect(parseTableColumns('due, NO ,title,due')).toEqual({
      ok: true,
      value: ['due', 'no', 'title'],
    });
    expect(parseTableColumns(undefined)).toEqual({ ok: true, value: defaultTableColumns });
  });

  it('rejects an unknown or empty list, naming the valid columns', () => {
    expect(parseTableColumns('no,deadline')).toEqual({
      ok: false,
      problem: { option: '--columns', value: 'deadline', valid: tableColumns },
    });
    expect(parseTableColumns(' , ').ok).toBe(false);
  });

  it('gives each row its cells in the chosen order', () => {
    const v = buildTableView(plan, { lang: 'en', today, warnDays: 14, columns: ['due', 'no'] });
    expect(v.columnsChosen).toBe(true);
    expect(v.header).toEqual(['Due', 'No.']);
    expect(v.rows[3]!.cells).toEqual(['2024-09', '2.2']);
  });
});

describe('indentTitle', () => {
  it('hangs a sub-task under its parent', () => {
    expect(indentTitle('标题', 0)).toBe('标题');
    expect(indentTitle('标题', 1)).toBe('└ 标题');
    expect(indentTitle('标题', 2)).toBe('\u3000└ 标题');
  });
});

describe('a large plan', () => {
  it('builds one row per task, each row once, for 10,000 tasks', () => {
    const lines = ['version: 1', 'title: big', 'tasks:'];
    for (let i = 0; i < 2000; i++) {
      lines.push(`  - title: t${i}`, '    lead: 甲', '    due: 2024-12', '    tasks:');
      for (let j = 0; j < 4; j++) lines.push(`      - title: s${i}-${j}`);
    }
    const big = compilePlan('big.yaml', lines.join('\n')).plan!;
    const v = view({ unit: '甲' }, 'en', big);
    expect(v.rows).toHaveLength(10_000);
    expect(v.rows[9_999]!.no).toBe('2000.4');
    expect(v.rows[9_999]!.level).toBe(1);
  });
});

describe('a recurring duty in the progress cell', () => {
  // test/fixtures/check/missed-occurrence.yaml: due the 28th of each month from
  // January 2024; reports dated 1/25, 2/26, 3/28 and 5/20, none for April or June.
  const duty = compilePlan(
    'missed-occurrence.yaml',
    readFileSync(
      join(import.meta.dirname, '../../test/fixtures/check/missed-occurrence.yaml'),
      'utf8',
    ),
  ).plan!;
  const cell = (asOf: string, lang: Lang = 'zh-CN') => {
    const filter = resolveTableFilter(duty, {});
    if (!filter.ok) throw new Error('bad filter');
    const v = buildTableView(duty, {
      lang,
      today: parseIsoDay(asOf)!,
      warnDays: 14,
      filter: filter.value,
      columns: ['progress'],
    });
    return v.rows[0]!.cells[0];
  };

  it('counts the occurrences reported of those past their due', () => {
    // 6/29: January–June are due (June's on 6/28), four reported.
    expect(cell('2024-06-29')).toBe('已报 4/6 期');
    // 6/28: June is due today, not yet past: January–May, four reported.
    expect(cell('2024-06-28')).toBe('已报 4/5 期');
    expect(cell('2024-06-29', 'zh-TW')).toBe('已報 4/6 期');
    expect(cell('2024-06-29', 'en')).toBe('reported 4 of 6');
  });
});
