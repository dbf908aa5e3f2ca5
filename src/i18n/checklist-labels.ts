/**
 * Words of `plan checklist`: the field names on each line, the group
 * headings for items without a group, and the words that say why an item
 * is not green (逾期 12 天 / overdue 12 days), so a printed list needs no
 * colour to be read.
 */
import type { RepeatKind } from '../model/types.js';
import { catalogueFor, type Lang } from './lang.js';

export interface ChecklistLabels {
  /** `截至 2024年6月30日`: lights are judged as of this day. */
  readonly asOf: (day: string) => string;
  /** The unit line under the title with `--unit`. */
  readonly unitLine: (unit: string, leads: number, supports: number) => string;
  readonly role: { lead: string; support: string };
  /** The role before a title: `【牵头】`, `[lead] `. */
  readonly roleMark: (role: string) => string;
  /** The role through a collective unit the item names: `牵头（各临床科室）`. */
  readonly roleVia: (role: string, group: string) => string;
  /** Field names on an item line. */
  readonly field: { lead: string; support: string; due: string; progress: string; doneOn: string };
  /** `label：value`. */
  readonly pair: (label: string, value: string) => string;
  /** Between the fields of a line. */
  readonly fieldSeparator: string;
  /** `（…）` around the annotations that end a line. */
  readonly parens: (text: string) => string;
  /** Between annotations inside the parentheses. */
  readonly noteSeparator: string;
  readonly repeat: Record<RepeatKind, string>;
  /** Headings of the groups for items the grouping cannot place. */
  readonly other: { phase: string; goal: string; unit: string };
  readonly milestones: string;
  /** Before a milestone's title. */
  readonly milestone: string;
  /** `2014年8月—2016年3月`. */
  readonly span: (from: string, to: string) => string;
  readonly overdue: (days: number) => string;
  readonly dueSoon: (days: number) => string;
  readonly lateToStart: (days: number) => string;
  readonly behind: (points: number) => string;
  /** 逾期完成: done this many days after its due date. */
  readonly doneLate: (days: number) => string;
  /** A recurring task's list was cut: how many occurrences are not shown. */
  readonly earlier: (count: number) => string;
  readonly later: (count: number) => string;
  /** After a missed occurrence's date, and a dropped one's (recorded in `occurrences:`). */
  readonly missedOccurrence: string;
  readonly droppedOccurrence: string;
  /** stderr, when `--unit` leaves nothing. */
  readonly noItemsForUnit: (unit: string) => string;
}

export function checklistLabels(lang: Lang): ChecklistLabels {
  return catalogueFor(lang).checklist;
}
