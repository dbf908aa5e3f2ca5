/**
 * One wording per idea across every view (docs/glossary.md): the table,
 * overdue list, checklist, timeline, report, HTML report, Excel, Word and
 * ICS all take these words from the catalogue, and here each idea is said
 * the same way wherever it is said, in each language.
 */
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../test/helpers/catalogues.js';
import { lightName } from '../timeline-labels.js';
import { lightLegendText } from '../light-legend.js';
import { defaultLightRule } from '../../model/light-rule.js';

const zhCN = catalogues['zh-CN'];
const zhTW = catalogues['zh-TW'];

describe('one wording per idea (zh-CN, with zh-TW alongside)', () => {
  it('overdue: 逾期 N 天 in the overdue list and the checklist', () => {
    expect(zhCN.overdue.explain.overdue(12)).toBe('逾期 12 天');
    expect(zhCN.checklist.overdue(12)).toBe('逾期 12 天');
    expect(zhTW.checklist.overdue(12)).toBe(zhTW.overdue.explain.overdue(12));
    expect(zhCN.shared.column['days-overdue']).toBe('逾期天数');
    expect(zhCN.overdue.column.daysOverdue).toBe(zhCN.shared.column['days-overdue']);
  });

  it('due soon: N 天后到期, and 今天到期 on the day', () => {
    // Due 2024年7月10日, judged 2024年6月30日: 10 days later.
    expect(zhCN.overdue.explain.dueSoon(10)).toBe('10 天后到期');
    expect(zhCN.checklist.dueSoon(10)).toBe('10 天后到期');
    expect(zhCN.checklist.dueSoon(0)).toBe('今天到期');
    expect(zhCN.overdue.explain.dueSoon(0)).toBe('今天到期');
    expect(zhTW.checklist.dueSoon(10)).toBe(zhTW.overdue.explain.dueSoon(10));
  });

  it('late to start: 延迟启动 N 天, and the reason and column say 延迟启动', () => {
    expect(zhCN.overdue.explain.lateToStart(30)).toBe('延迟启动 30 天');
    expect(zhCN.checklist.lateToStart(30)).toBe('延迟启动 30 天');
    expect(zhCN.shared.reason['late-to-start']).toBe('延迟启动');
    expect(zhCN.shared.column['days-late-to-start']).toBe('延迟启动天数');
    expect(zhTW.checklist.lateToStart(30)).toBe(zhTW.overdue.explain.lateToStart(30));
  });

  it('done late: 逾期 N 天完成, counted as 逾期完成 in report, overdue counts and columns', () => {
    expect(zhCN.overdue.explain.doneLate(4)).toBe('逾期 4 天完成');
    expect(zhCN.checklist.doneLate(4)).toBe('逾期 4 天完成');
    expect(zhCN.shared.reason['done-late']).toBe('逾期完成');
    expect(zhCN.report.unitColumn.doneLate).toBe('逾期完成');
    expect(zhCN.overdue.counts({ total: 2, red: 1, yellow: 0, doneLate: 1 })).toBe(
      '共 2 项：红灯 1 项，黄灯 0 项，逾期完成 1 项',
    );
    expect(zhTW.report.unitColumn.doneLate).toBe(zhTW.shared.reason['done-late']);
  });

  it('a missed report is 应报未报 in the checklist and as a reason', () => {
    expect(zhCN.shared.reason['missed-occurrence']).toBe('应报未报');
    expect(zhCN.checklist.missedOccurrence).toBe('（应报未报）');
    expect(zhTW.checklist.missedOccurrence).toBe(`（${zhTW.shared.reason['missed-occurrence']}）`);
  });

  it('finished work carries no light and is 已办结 in the light column, legend, report and timeline', () => {
    expect(zhCN.shared.noLight.done).toBe('已办结');
    expect(lightLegendText('zh-CN', defaultLightRule, { count: 7, workdays: false })).toContain(
      '已办结、已取消的事项不亮灯',
    );
    expect(zhCN.report.unlit(7, 0, 0)).toBe('已办结 7 项、已取消 0 项，不亮灯。');
    expect(lightName('zh-CN', 'grey')).toBe('已办结/已取消');
    expect(lightLegendText('zh-TW', defaultLightRule, { count: 7, workdays: false })).toContain(
      zhTW.shared.noLight.done,
    );
  });

  it('occurrences of a recurring duty are 期 everywhere: report, timeline, checklist, ICS', () => {
    expect(zhCN.shared.reportedOf(6, 7)).toBe('已报 6/7 期');
    expect(zhCN.timeline.recurringNote('monthly', 12)).toBe('（每月，共 12 期）');
    expect(zhCN.export.times(12)).toBe('共 12 期');
    expect(zhCN.checklist.earlier(3)).toBe('……此前另有 3 期未列出');
    expect(zhTW.export.times(12)).toBe('共 12 期');
  });

  it('how often a duty recurs is worded alike in checklist, timeline and ICS', () => {
    for (const words of [zhCN, zhTW]) {
      expect(words.export.repeat).toEqual(words.checklist.repeat);
      expect(words.timeline.recurringNote('quarterly', 4)).toContain(
        words.checklist.repeat.quarterly,
      );
    }
    // Taiwan says 每季, not the mainland's 每季度.
    expect(zhTW.checklist.repeat.quarterly).toBe('每季');
    expect(zhCN.checklist.repeat.quarterly).toBe('每季度');
  });

  it('behind schedule is 落后序时进度 N 个百分点, and a parent mean is 按子任务平均', () => {
    expect(zhCN.checklist.behind(14.9)).toBe('落后序时进度 14.9 个百分点');
    expect(zhCN.overdue.explain.behind(14.9)).toBe('落后序时进度 14.9 个百分点');
    expect(zhCN.overdue.explain.behind(17, 40, 57)).toBe(
      '进度 40%，落后序时进度（57%）17 个百分点',
    );
    expect(zhCN.overdue.explain.behind(17, 40, 57, true)).toContain('（按子任务平均）');
    expect(zhCN.shared.meanOfSubTasks('45%')).toBe('45%（按子任务平均）');
    expect(zhTW.shared.meanOfSubTasks('45%')).toBe('45%（按子任務平均）');
  });

  it('the day a task was done is 完成日期 in the checklist and the calendar', () => {
    expect(zhCN.checklist.field.doneOn).toBe('完成日期');
    expect(zhCN.export.field.doneOn).toBe(zhCN.checklist.field.doneOn);
    expect(zhTW.export.field.doneOn).toBe(zhTW.checklist.field.doneOn);
  });

  it('a comparison in a Chinese sentence is ≥, never >=', () => {
    expect(zhCN.overdue.explain.targetAtRisk('>= 93%', '91.6%')).toBe(
      '指标有风险（最新值 91.6%，目标值 ≥93%）',
    );
    expect(zhCN.overdue.explain.targetAtRisk('>= 93%', '91.6%')).not.toContain('>=');
  });

  it('a calendar event is marked with full-width brackets in Chinese', () => {
    expect(zhCN.export.prefix.task).toBe('【到期】');
    expect(zhTW.export.prefix.milestone).toBe('【節點】');
    expect(catalogues.en.export.prefix.task).toBe('[Due]');
  });
});
