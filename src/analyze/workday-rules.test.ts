import { describe, expect, it } from 'vitest';
import { checkCompiled, compilePlan } from '../compile.js';
import { parseIsoDay } from '../dates/index.js';
import { diagnosticMessage } from '../i18n/diagnostic-messages.js';
import { catalogues } from '../../test/helpers/catalogues.js';

const day = (text: string) => parseIsoDay(text)!;

function findings(body: string, code: string, today = '2024-01-01') {
  const compiled = compilePlan('t.yaml', `version: 1\ntitle: t\n${body}`);
  return checkCompiled(compiled, { today: day(today), warnDays: 14 }).filter(
    (f) => f.code === code,
  );
}

describe('due-on-holiday', () => {
  const task = (due: string, status = 'todo') =>
    `tasks:\n  - title: 报送总结\n    due: ${due}\n    status: ${status}\n`;

  it('a due day in 国庆 2024 is reported, naming the holiday and the next working day', () => {
    const found = findings(task('2024-10-01'), 'due-on-holiday');
    expect(found.map((f) => [f.path.join('.'), f.params?.next])).toEqual([
      ['tasks.0.due', '2024-10-08'], // 10/1–10/7 off; Tue 10/8 is the first working day
    ]);
    const params = found[0]!.params!;
    expect(diagnosticMessage('due-on-holiday', params, catalogues['zh-CN'])).toBe(
      '任务“报送总结”的截止日期 2024年10月1日 在国庆节假期内，按惯例顺延至 2024年10月8日，请核实是否需提前',
    );
    expect(diagnosticMessage('due-on-holiday', params, catalogues['zh-TW'])).toContain(
      '國慶節假期內',
    );
    expect(diagnosticMessage('due-on-holiday', params, catalogues.en)).toContain(
      'National Day holiday',
    );
  });

  it('the last working day before 国庆 and a make-up Saturday are not holidays', () => {
    expect(findings(task('2024-09-30'), 'due-on-holiday')).toEqual([]); // Monday
    expect(findings(task('2024-10-12'), 'due-on-holiday')).toEqual([]); // Saturday 调休上班
    expect(findings(task('2024-10-13'), 'due-on-holiday')).toEqual([]); // an ordinary Sunday
  });

  it('a month is not a day, finished work is not reported, and 清明 is named in full', () => {
    expect(findings(task('2024-10'), 'due-on-holiday')).toEqual([]);
    expect(findings(task('2024-10-01', 'done'), 'due-on-holiday')).toEqual([]);
    const found = findings(task('2024-04-04'), 'due-on-holiday');
    expect(diagnosticMessage('due-on-holiday', found[0]!.params!, catalogues['zh-CN'])).toContain(
      '在清明节假期内',
    );
  });

  it('a milestone in 春节 2024 runs to the make-up Sunday 2/18', () => {
    // 2/10–2/17 off; Sunday 2/18 is a working day (调休).
    const found = findings(
      'milestones:\n  - { title: 报送年报, due: 2024-02-12, lead: a }\n',
      'due-on-holiday',
    );
    expect(found.map((f) => [f.path.join('.'), f.params?.next])).toEqual([
      ['milestones.0.due', '2024-02-18'],
    ]);
  });
});

describe('calendar-not-published', () => {
  const duty = (within: string, start: string, due: string) =>
    `tasks:\n  - title: 季度报送\n    repeat: { every: quarter, within: ${within} }\n    start: ${start}\n    due: ${due}\n`;

  it('a working-day duty into a year not published names the years, at its within', () => {
    // The package has 2004–2026. Q4 2027 is due in January 2028: both are counted over.
    const found = findings(duty('10 workdays', '2026-01', '2027-12'), 'calendar-not-published');
    expect(found.map((f) => [f.path.join('.'), f.params?.years])).toEqual([
      ['tasks.0.repeat.within', '2027,2028'],
    ]);
    expect(
      diagnosticMessage('calendar-not-published', found[0]!.params!, catalogues['zh-CN']),
    ).toBe(
      '任务“季度报送”按工作日计算报送期限，但2027年、2028年节假日安排尚未发布，暂按周一至周五计算，安排发布后请复核',
    );
  });

  it('a duty inside published years, or counting calendar days, is not reported', () => {
    expect(findings(duty('10 workdays', '2024-01', '2024-12'), 'calendar-not-published')).toEqual(
      [],
    );
    expect(findings(duty('10 days', '2026-01', '2027-12'), 'calendar-not-published')).toEqual([]);
  });

  it('Q4 2026 due in January 2027 reaches into 2027', () => {
    // 2026-12-31 is a Thursday: ten working days later is in January 2027.
    const found = findings(duty('10 workdays', '2026-10', '2026-12'), 'calendar-not-published');
    expect(found.map((f) => f.params?.years)).toEqual(['2027']);
  });
});
