/**
 * `plan overdue` on a narrow terminal: the items as a list, one block per
 * item, where a table would squeeze the lead unit and the reasons into
 * columns a few characters wide (`县卫/生健/康局`, a reason over eleven
 * lines). Same items, same order, same lights as the table:
 *
 *   ● 红灯  任务 3.1  完善应急指挥机制
 *           牵头单位：县卫生健康局　完成时限：2023年6月
 *           逾期 10 天；进度 80%，落后序时进度（100%）20 个百分点
 *
 * Every line is wrapped to the width, its continuations indented under the
 * text. The day figures have no place of their own: the reasons say them.
 */
import { overdueLabels } from '../../i18n/overdue-labels.js';
import { makeChalk, paintLight } from '../colors.js';
import { displayWidth } from '../formats/text-width.js';
import { wrapToWidth } from '../formats/wrap-text.js';
import type { OverdueTableLayout, OverdueTermOptions } from './term.js';

/** Between the light and the text. */
const GAP = 2;
/** Narrower than this beside the light, the text goes under it instead. */
const TEXT_MIN = 12;

/** Where the cells sit in a row of `layOutOverdueTable` (the reasons are last). */
const LIGHT = 0;
const KIND = 1;
const NO = 2;
const TITLE = 3;
const LEAD = 4;
const DUE = 5;

export function overdueTermStacked(
  layout: OverdueTableLayout,
  options: OverdueTermOptions,
): string {
  const { width } = options;
  const labels = overdueLabels(options.lang);
  const chalk = makeChalk(options.color);
  let lightWidth = 0;
  for (const row of layout.rows) lightWidth = Math.max(lightWidth, displayWidth(row[LIGHT]!));
  const beside = width - lightWidth - GAP >= TEXT_MIN;
  const indent = beside ? lightWidth + GAP : 0;
  const textWidth = width - indent;
  const pad = ' '.repeat(indent);
  const wrap = (text: string): string[] => wrapToWidth(text, textWidth);

  const blocks = layout.rows.map((row, i) => {
    const light = row[LIGHT]!;
    const painted = paintLight(chalk, layout.items[i]!.light, light);
    const head = wrap(`${[row[KIND], row[NO]].filter(Boolean).join(' ')}  ${row[TITLE]}`);
    const fields = [
      row[LEAD] ? labels.field(labels.column.lead, row[LEAD]) : '',
      row[DUE] ? labels.field(labels.column.due, row[DUE]) : '',
    ].filter(Boolean);
    const together = fields.join(labels.fieldSeparator);
    // Lead and due share a line when both fit; a field is never split
    // across the two unless it is too long for a line alone.
    const fieldLines = displayWidth(together) <= textWidth ? wrap(together) : fields.flatMap(wrap);
    const text = [...head, ...fieldLines, ...wrap(row[row.length - 1]!)];
    const lines = beside
      ? text.map((line, k) =>
          k === 0 ? `${painted}${' '.repeat(indent - displayWidth(light))}${line}` : pad + line,
        )
      : [painted, ...text];
    return lines.map((line) => line.trimEnd()).join('\n');
  });
  return blocks.join('\n\n');
}
