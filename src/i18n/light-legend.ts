/**
 * What each light means under the rule a plan is judged by, in words: the
 * legend under the report page and the office tables. It is written from
 * the rule itself, so a printed legend can never state other thresholds
 * than the ones that coloured the page (银川's 30 points is yellow, not red).
 */
import type { WarnWindow } from '../dates/warn-window.js';
import type { LightRule } from '../model/light-rule.js';
import type { Lang } from './lang.js';

interface Words {
  /** A shortfall: `30 个百分点`, or relative `序时进度的 50%`. */
  readonly gap: (rule: LightRule, n: number) => string;
  readonly over: (gap: string) => string;
  readonly atLeast: (gap: string) => string;
  readonly band: (rule: LightRule, from: number, to: number) => string;
  readonly below: string;
  readonly legend: (parts: {
    red: string;
    yellow: string;
    blue: string | null;
    /** `14 天` / `5 个工作日`: the due-soon window in the language. */
    within: string;
  }) => string;
  readonly within: (window: WarnWindow) => string;
}

const zhCN: Words = {
  gap: (rule, n) => (rule.shortfall === 'points' ? `${n} 个百分点` : `序时进度的 ${n}%`),
  over: (gap) => `落后序时进度超过 ${gap}`,
  atLeast: (gap) => `落后序时进度${gap}及以上`,
  band: (rule, from, to) =>
    rule.shortfall === 'points'
      ? `落后序时进度 ${from}—${to} 个百分点${rule.inclusive ? '（含）' : '（不含）'}`
      : `落后序时进度的 ${from}%—${to}%${rule.inclusive ? '（含）' : '（不含）'}`,
  below: '未达序时进度',
  within: (window) => `${window.count} ${window.workdays ? '个工作日' : '天'}`,
  legend: ({ red, yellow, blue, within }) =>
    `红灯：逾期${red ? `，或${red}` : ''}；黄灯：${yellow}、受阻、延迟启动${blue === null ? `，或 ${within}内到期` : ''}；${blue !== null ? `蓝灯：${within}内到期；` : ''}绿灯：达到序时进度，按计划推进；已办结、已取消的事项不亮灯。`,
};

const zhTW: Words = {
  gap: (rule, n) => (rule.shortfall === 'points' ? `${n} 個百分點` : `序時進度的 ${n}%`),
  over: (gap) => `落後序時進度超過 ${gap}`,
  atLeast: (gap) => `落後序時進度${gap}及以上`,
  band: (rule, from, to) =>
    rule.shortfall === 'points'
      ? `落後序時進度 ${from}—${to} 個百分點${rule.inclusive ? '（含）' : '（不含）'}`
      : `落後序時進度的 ${from}%—${to}%${rule.inclusive ? '（含）' : '（不含）'}`,
  below: '未達序時進度',
  within: (window) => `${window.count} ${window.workdays ? '個工作日' : '天'}`,
  legend: ({ red, yellow, blue, within }) =>
    `紅燈：逾期${red ? `，或${red}` : ''}；黃燈：${yellow}、受阻、延遲啟動${blue === null ? `，或 ${within}內到期` : ''}；${blue !== null ? `藍燈：${within}內到期；` : ''}綠燈：達到序時進度，按計畫推進；已辦結、已取消的事項不亮燈。`,
};

const en: Words = {
  gap: (rule, n) => (rule.shortfall === 'points' ? `${n} points` : `${n}% of the expected`),
  over: (gap) => `more than ${gap} behind schedule`,
  atLeast: (gap) => `${gap} or more behind schedule`,
  band: (rule, from, to) =>
    `${from} to ${to}${rule.shortfall === 'points' ? ' points' : '% of the expected'} behind schedule (${rule.inclusive ? 'both included' : 'both excluded'})`,
  below: 'behind schedule',
  within: (window) => `${window.count} ${window.workdays ? 'working days' : 'days'}`,
  legend: ({ red, yellow, blue, within }) =>
    `Red: overdue${red ? `, or ${red}` : ''}. Yellow: ${yellow}, blocked, or late to start${blue === null ? `, or due within ${within}` : ''}. ${blue !== null ? `Blue: due within ${within}. ` : ''}Green: on schedule. Done and dropped work carries no light.`,
};

const words: Record<Lang, Words> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function lightLegendText(lang: Lang, rule: LightRule, warn: WarnWindow): string {
  const w = words[lang];
  const red =
    rule.red === null
      ? ''
      : rule.inclusive
        ? w.over(w.gap(rule, rule.red))
        : w.atLeast(w.gap(rule, rule.red));
  const yellow =
    rule.yellow === 0
      ? w.below
      : rule.red === null
        ? rule.inclusive
          ? w.atLeast(w.gap(rule, rule.yellow))
          : w.over(w.gap(rule, rule.yellow))
        : w.band(rule, rule.yellow, rule.red);
  return w.legend({
    red,
    yellow,
    blue: rule.dueSoon === 'blue' ? 'blue' : null,
    within: w.within(warn),
  });
}
