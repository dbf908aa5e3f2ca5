/**
 * What each light means under the rule a plan is judged by, in words: the
 * legend under the report page and the office tables. It is written from
 * the rule itself, so a printed legend can never state other thresholds
 * than the ones that coloured the page (银川's 30 points is yellow, not red).
 */
import type { WarnWindow } from '../dates/warn-window.js';
import type { LightRule } from '../model/light-rule.js';
import { catalogueFor, type Lang } from './lang.js';

/** The words the legend is built from; `lightLegendText` puts them together by the rule. */
export interface LegendWords {
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

export function lightLegendText(lang: Lang, rule: LightRule, warn: WarnWindow): string {
  const w = catalogueFor(lang).legend;
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
