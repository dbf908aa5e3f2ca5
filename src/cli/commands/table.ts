import type { Command } from 'commander';
import type { TableGroupBy } from '../../render/table/office-groups.js';
import { formatters } from '../../api/formatters.js';
import { type TableFormat, type TableRenderer, tableFormats } from '../../render/table/types.js';
import type { OptionProblem } from '../../views/table-rows.js';
import type { TaskStatus } from '../../model/types.js';
import { langs, type Lang } from '../../i18n/lang.js';
import { emit } from '../emit.js';
import { type CliIo, UsageError, writeTo } from '../io.js';
import {
  addPlanInputOptions,
  addStrictViewOption,
  addTermWidthOption,
  pickFormat,
} from '../options.js';
import { loadViewPlan, type ViewOptions, writeViewErrors } from '../view-input.js';

interface TableOptions extends ViewOptions {
  format: string;
  columns?: string;
  unit?: string;
  phase?: string;
  goal?: string;
  status?: string;
  /** `--no-bom` sets this to false. */
  bom: boolean;
  groupBy?: string;
}

// Renderers are loaded only for the format asked for, from the library's
// one list of them; a new format is one entry there and one file under
// src/render/table/, laying out the same TableView.
const renderers = Object.fromEntries(
  tableFormats.map((format): [TableFormat, TableRenderer] => [
    format,
    async (view, options) => (await formatters.table[format]())(view, options),
  ]),
) as Record<TableFormat, TableRenderer>;

/** Formats that are files, not text: they go to -o FILE (or `-o -` on purpose), never to a terminal by default. */
const binaryFormats: ReadonlySet<string> = new Set(['xlsx', 'docx']);
// Kept here rather than imported so the grouping module loads only when used.
const groupings: readonly TableGroupBy[] = ['phase', 'unit', 'goal'];

/** A view, not a check: exit 0 even when a filter leaves nothing (a note says so on stderr). */
export async function runTable(files: string[], options: TableOptions, io: CliIo): Promise<number> {
  const render = pickFormat(renderers, options.format);
  if (binaryFormats.has(options.format) && options.output === undefined) {
    const format = options.format;
    throw new UsageError((m) => m.usage.binaryNeedsOutput(format));
  }
  const groupBy = parseGroupBy(options.groupBy);
  const { buildTableView, parseStatuses, parseTableColumns, resolveTableFilter } = await import(
    '../../views/table-rows.js'
  );
  // Columns and statuses are checked before the plan is read: a typo is a
  // usage error (2) at once, not lost behind the plan's own errors.
  const columns = parseTableColumns(options.columns);
  if (!columns.ok) throw await optionError(columns.problem);
  const statuses = options.status === undefined ? undefined : parseStatuses(options.status);
  if (statuses && !statuses.ok) throw await optionError(statuses.problem);
  const context = await loadViewPlan(files, options, io);
  const filter = resolveTableFilter(context.plan, {
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    ...(options.phase !== undefined ? { phase: options.phase } : {}),
    ...(options.goal !== undefined ? { goal: options.goal } : {}),
    ...(options.status !== undefined ? { status: options.status } : {}),
  });
  if (!filter.ok) throw await optionError(filter.problem);
  const view = buildTableView(context.plan, {
    lang: context.lang,
    today: context.today,
    warnDays: context.warnDays,
    ...(options.columns !== undefined ? { columns: columns.value } : {}),
    filter: filter.value,
  });
  const { meta } = context.plan;
  const groups =
    groupBy !== undefined && binaryFormats.has(options.format)
      ? (await import('../../render/table/office-groups.js')).groupTableRows(
          context.plan,
          view,
          groupBy,
        )
      : undefined;
  const output = await render(view, {
    width: context.width,
    color: context.color,
    bom: options.bom,
    heading: {
      ...(meta.documentNo !== undefined ? { documentNo: meta.documentNo } : {}),
      ...(meta.issuer !== undefined ? { issuer: meta.issuer } : {}),
      asOf: context.today,
    },
    ...(groups ? { groups } : {}),
    errors: context.errors,
  });
  await emit(output, options.output, io, files);
  const notices = [...view.notices];
  if (groupBy !== undefined && !binaryFormats.has(options.format)) {
    const { officeLabels } = await import('../../i18n/office-labels.js');
    notices.push(officeLabels(context.lang).groupByIgnored(options.format));
  }
  await writeNotices(notices, io);
  await writeViewErrors(context, io);
  return 0;
}

function parseGroupBy(value: string | undefined): TableGroupBy | undefined {
  if (value === undefined) return undefined;
  const groupBy = groupings.find((g) => g === value.trim().toLowerCase());
  if (!groupBy) {
    throw new UsageError((m) => m.usage.oneOf('--group-by', groupings, value));
  }
  return groupBy;
}

/**
 * A bad option value names what would have been valid. A status is a code
 * (`blocked`) on the command line; one given as the word a plan or a table
 * shows (`受阻`) is told its code, and in Chinese each code has its word.
 */
export async function optionError(problem: OptionProblem): Promise<UsageError> {
  const { option, value, valid } = problem;
  if (option !== '--status') return new UsageError((m) => m.usage.notValid(option, value, valid));
  const { sharedLabels } = await import('../../i18n/labels.js');
  const words = (lang: Lang): Readonly<Record<string, string>> => sharedLabels(lang).status;
  const code = langs
    .flatMap((lang) => Object.entries(words(lang)))
    .find(([, word]) => word === value.trim())?.[0];
  if (code !== undefined) return new UsageError((m) => m.usage.statusWord(value, code));
  return new UsageError((m) =>
    m.usage.notValid(
      option,
      value,
      valid.map((status) => m.usage.statusChoice(status as TaskStatus)),
    ),
  );
}

export async function writeNotices(notices: readonly string[], io: CliIo): Promise<void> {
  if (notices.length === 0) return;
  // Notes quote plan text (unit names), and stderr is a terminal.
  // One line each: a unit name with a line break must not forge a line.
  const { oneLine } = await import('../../render/sanitize.js');
  await writeTo(io.stderr, notices.map((notice) => `${oneLine(notice)}\n`).join(''));
}

export function addTableCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  const command = program
    .command('table')
    .description('the task-division table (分工表): 序号, task, units, dates, status, progress')
    .argument('[files...]', 'one plan file; - reads standard input')
    .option(
      '-f, --format <format>',
      'term, md, csv, tsv, json, xlsx or docx (xlsx and docx need -o FILE)',
      'term',
    )
    .option(
      '--columns <list>',
      'columns to show, in order: no,title,lead,support,leader,owner,phase,start,due,status,progress,note',
    )
    .option('--unit <unit>', 'only tasks this unit (id, name or alias) leads or supports')
    .option('--phase <phase>', 'only tasks in this phase (id or name)')
    .option('--goal <id>', 'only tasks serving this goal')
    .option('--status <list>', 'only tasks with these statuses: todo,doing,done,blocked,dropped')
    .option(
      '--group-by <grouping>',
      'phase, unit or goal: a sheet per group (xlsx), a heading per group (docx)',
    )
    .option('--no-bom', 'CSV and TSV without the byte order mark');
  addTermWidthOption(command);
  addPlanInputOptions(command);
  addStrictViewOption(command);
  command.action(async (files: string[], options: TableOptions) => {
    setExit(await runTable(files, options, io));
  });
}
