import type { Command } from 'commander';
import type { Day } from '../../dates/types.js';
import type { ChecklistGroupBy } from '../../views/checklist-groups.js';
import { emit } from '../emit.js';
import { type CliIo, UsageError } from '../io.js';
import { addPlanInputOptions, addStrictViewOption, parseDayOption } from '../options.js';
import { loadViewPlan, type ViewOptions, writeViewErrors } from '../view-input.js';
import { writeNotices } from './table.js';

interface ChecklistOptions extends ViewOptions {
  format: string;
  groupBy: string;
  unit?: string;
  from?: string;
  to?: string;
}

// Kept here rather than imported so the view module loads only when run.
const groupings: readonly ChecklistGroupBy[] = ['phase', 'goal', 'unit'];

/** A view, not a check: exit 0 whatever is late or empty. */
export async function runChecklist(
  files: string[],
  options: ChecklistOptions,
  io: CliIo,
): Promise<number> {
  // Markdown is the only format; `--format md` is accepted so scripts can say so.
  if (options.format !== 'md') {
    throw new UsageError((m) => m.usage.mustBe('--format', ['md'], options.format));
  }
  const groupBy = groupings.find((g) => g === options.groupBy);
  if (!groupBy) {
    throw new UsageError((m) => m.usage.oneOf('--group-by', groupings, options.groupBy));
  }
  const from = optionalDay('--from', options.from);
  const to = optionalDay('--to', options.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw new UsageError((m) => m.usage.fromAfterTo(`${options.from}`, `${options.to}`));
  }
  const context = await loadViewPlan(files, options, io);
  const { buildChecklistView } = await import('../../views/checklist-groups.js');
  const { renderChecklistMarkdown } = await import('../../render/checklist/markdown.js');
  const view = buildChecklistView(context.plan, {
    lang: context.lang,
    today: context.today,
    warnDays: context.warnDays,
    groupBy,
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  });
  await emit(renderChecklistMarkdown(view, context), options.output, io, files);
  await writeNotices(view.notices, io);
  await writeViewErrors(context, io);
  return 0;
}

function optionalDay(name: string, value: string | undefined): Day | undefined {
  return value === undefined ? undefined : parseDayOption(name, value);
}

export function addChecklistCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  const command = program
    .command('checklist')
    .description('a Markdown task list (- [ ] / - [x]) grouped by phase, goal or unit')
    .argument('[files...]', 'one plan file; - reads standard input')
    .option('--group-by <grouping>', 'phase, goal or unit', 'phase')
    .option('--unit <unit>', "one unit's own list: what it leads or supports, master 序号 kept")
    .option('--from <date>', 'list occurrences of recurring tasks from this day, YYYY-MM-DD')
    .option('--to <date>', 'list occurrences of recurring tasks up to this day, YYYY-MM-DD')
    .option('-f, --format <format>', 'md (the only format)', 'md');
  addPlanInputOptions(command);
  addStrictViewOption(command);
  command.action(async (files: string[], options: ChecklistOptions) => {
    setExit(await runChecklist(files, options, io));
  });
}
