/**
 * Words of the timeline view, and the names of its axis ticks, in each
 * language. Tick names are here rather than in the terminal renderer so
 * that every timeline format (terminal, SVG, Mermaid) names weeks, months
 * and quarters alike.
 */
import type { Light } from '../analyze/schedule.js';
import type { RepeatKind } from '../model/types.js';
import type { TimelineScale, TimelineTick } from '../dates/timeline-scale.js';
import type { Lang } from './lang.js';
import { sharedLabels } from './labels.js';

/**
 * How much a tick name says: `full` first; `short` where room is tight;
 * `year` names only the year where it changes (at a yearly step, every
 * name), and the short name elsewhere.
 */
export const tickStyles = ['full', 'short', 'year'] as const;
export type TickStyle = (typeof tickStyles)[number];

export interface TimelineLabels {
  /** Header of the label column. */
  readonly item: string;
  readonly today: string;
  /** The title line: plan title, scale and the day lateness is judged by. */
  readonly title: (title: string, scale: TimelineScale, asOf: string) => string;
  /** A light without colour: one letter or character, at most two columns. */
  readonly lightMark: Record<Light, string>;
  readonly legend: string;
  readonly legendSeparator: string;
  readonly legendItem: {
    readonly fromPhase: string;
    readonly recurring: string;
    readonly ongoing: string;
    readonly startOnly: string;
    readonly outside: string;
  };
  /** Shown as the only row of a plan with nothing to draw. */
  readonly noItems: string;
  /** Said in the title when the range was cut to a bounded number of units. */
  readonly truncated: string;
  /**
   * After a recurring duty's label where its due days cannot be drawn
   * (Mermaid): how often, and how many fall in the range.
   */
  readonly recurringNote: (kind: RepeatKind, count: number) => string;
}

const repeatWords: Record<Lang, Record<RepeatKind, string>> = {
  en: {
    weekly: 'weekly',
    monthly: 'monthly',
    quarterly: 'quarterly',
    'half-yearly': 'half-yearly',
    yearly: 'yearly',
  },
  'zh-CN': {
    weekly: '每周',
    monthly: '每月',
    quarterly: '每季度',
    'half-yearly': '每半年',
    yearly: '每年',
  },
  'zh-TW': {
    weekly: '每週',
    monthly: '每月',
    quarterly: '每季',
    'half-yearly': '每半年',
    yearly: '每年',
  },
};

const scaleWords: Record<Lang, Record<TimelineScale, string>> = {
  en: { week: 'by week', month: 'by month', quarter: 'by quarter' },
  'zh-CN': { week: '按周', month: '按月', quarter: '按季度' },
  'zh-TW': { week: '按週', month: '按月', quarter: '按季度' },
};

const labels: Record<Lang, TimelineLabels> = {
  en: {
    item: 'Item',
    today: 'today',
    title: (title, scale, asOf) => `${title} — ${scaleWords.en[scale]}, as of ${asOf}`,
    lightMark: { red: 'R', yellow: 'Y', blue: 'B', green: 'G', grey: '-' },
    legend: 'Legend: ',
    legendSeparator: '  ',
    legendItem: {
      fromPhase: 'from its phase (no start given)',
      recurring: 'recurring, ticks on due days',
      ongoing: 'ongoing',
      startOnly: 'start, no due date',
      outside: 'outside the range',
    },
    noItems: '(nothing to show)',
    truncated: 'range cut short',
    recurringNote: (kind, count) =>
      ` (${repeatWords.en[kind]}, ${count} due date${count === 1 ? '' : 's'})`,
  },
  'zh-CN': {
    item: '事项',
    today: '今天',
    title: (title, scale, asOf) => `${title}（${scaleWords['zh-CN'][scale]}，截至${asOf}）`,
    lightMark: { red: '红', yellow: '黄', blue: '蓝', green: '绿', grey: '无' },
    legend: '图例：',
    legendSeparator: '  ',
    legendItem: {
      fromPhase: '自阶段开始（未写开始时间）',
      recurring: '周期性任务，刻度为各期时限',
      ongoing: '长期',
      startOnly: '仅有开始时间',
      outside: '超出显示范围',
    },
    noItems: '（没有可显示的事项）',
    truncated: '时间范围已截断',
    recurringNote: (kind, count) => `（${repeatWords['zh-CN'][kind]}，共 ${count} 期）`,
  },
  'zh-TW': {
    item: '事項',
    today: '今天',
    title: (title, scale, asOf) => `${title}（${scaleWords['zh-TW'][scale]}，截至${asOf}）`,
    lightMark: { red: '紅', yellow: '黃', blue: '藍', green: '綠', grey: '無' },
    legend: '圖例：',
    legendSeparator: '  ',
    legendItem: {
      fromPhase: '自階段開始（未寫開始時間）',
      recurring: '週期性任務，刻度為各期時限',
      ongoing: '長期',
      startOnly: '僅有開始時間',
      outside: '超出顯示範圍',
    },
    noItems: '（沒有可顯示的事項）',
    truncated: '時間範圍已截斷',
    recurringNote: (kind, count) => `（${repeatWords['zh-TW'][kind]}，共 ${count} 期）`,
  },
};

export function timelineLabels(lang: Lang): TimelineLabels {
  return labels[lang];
}

/**
 * Light names for the legend, from the shared catalogue so every view says
 * the same; the no-light mark stands for done or dropped work (已办结/已取消).
 */
export function lightName(lang: Lang, light: Light): string {
  const shared = sharedLabels(lang);
  return light === 'grey'
    ? `${shared.noLight.done}/${shared.noLight.dropped}`
    : shared.light[light];
}

const enMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const zhQuarters = ['一', '二', '三', '四'] as const;

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The name of an axis tick. `showYear` puts the year in (at the first tick
 * and where the year changes); the `short` style drops what the reader can
 * infer from the ticks around it.
 */
export function tickLabel(
  tick: Pick<TimelineTick, 'year' | 'index'>,
  scale: TimelineScale,
  lang: Lang,
  style: TickStyle,
  showYear: boolean,
): string {
  const { year, index } = tick;
  if (style === 'year') {
    if (showYear) return lang === 'en' ? String(year) : `${year}年`;
    return tickLabel(tick, scale, lang, 'short', false);
  }
  if (lang === 'en') {
    switch (scale) {
      case 'week':
        return showYear && style === 'full' ? `${year}-W${pad2(index)}` : `W${pad2(index)}`;
      case 'month':
        return showYear || style === 'full'
          ? `${year}-${pad2(index)}`
          : (enMonths[index - 1] ?? pad2(index));
      case 'quarter':
        return showYear || style === 'full' ? `${year}-Q${index}` : `Q${index}`;
    }
  }
  const yearPart = showYear ? `${year}年` : '';
  switch (scale) {
    case 'week': {
      const week = lang === 'zh-TW' ? '週' : '周';
      return style === 'full' ? `${yearPart}第${index}${week}` : `${yearPart}${index}${week}`;
    }
    case 'month':
      return `${yearPart}${index}月`;
    case 'quarter': {
      const numeral = zhQuarters[index - 1] ?? String(index);
      return style === 'full' ? `${yearPart}第${numeral}季度` : `${yearPart}${numeral}季度`;
    }
  }
}
