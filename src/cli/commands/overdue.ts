import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import {
  addPlanInputOptions,
  addStrictViewOption,
  addTermWidthOption,
  pickFormat,
} from '../options.js';
import { renderView, type ViewContext, type ViewOptions } from '../view-input.js';

interface OverdueOptions extends ViewOptions {
  format: string;
  /** `--no-bom` sets this to false. */
  bom: boolean;
}

type Render = (context: ViewContext, options: OverdueOptions) => Promise<string>;

const renderers: Record<string, Render> = {
  term: async (context) =>
    (await import('../../render/overdue/term.js')).renderOverdueTerm(await list(context), context),
  md: async (context) =>
    (await import('../../render/overdue/markdown.js')).renderOverdueMarkdown(
      await list(context),
      context,
    ),
  csv: async (context, options) =>
    (await import('../../render/overdue/csv.js')).renderOverdueCsv(await list(context), {
      lang: context.lang,
      bom: options.bom,
    }),
  json: async (context) =>
    (await import('../../render/overdue/json.js')).renderOverdueJson(await list(context), context),
};

async function list(context: ViewContext) {
  const { overdueItems } = await import('../../views/overdue-items.js');
  return overdueItems(context.plan, context);
}

/** A view, not a check: exit 0 whether or not anything is late. */
export async function runOverdue(
  files: string[],
  options: OverdueOptions,
  io: CliIo,
): Promise<number> {
  const render = pickFormat(renderers, options.format);
  return renderView(files, options, io, (context) => render(context, options));
}

export function addOverdueCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  const command = program
    .command('overdue')
    .description(
      'list overdue, behind-schedule, late-to-start and due-soon items and targets at risk, worst first',
    )
    .argument('[files...]', 'one plan file; - reads standard input')
    .option('-f, --format <format>', 'term, md, csv or json', 'term')
    .option('--no-bom', 'CSV without the byte order mark');
  addTermWidthOption(command);
  addPlanInputOptions(command);
  addStrictViewOption(command);
  command.action(async (files: string[], options: OverdueOptions) => {
    setExit(await runOverdue(files, options, io));
  });
}
