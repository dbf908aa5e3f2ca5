import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES, DEFAULT_WARN_DAYS } from '../defaults.js';
import { emit } from '../emit.js';
import type { CliIo } from '../io.js';
import { pickFormat } from '../options.js';
import { loadViewPlan, type ViewContext, type ViewOptions } from '../view-input.js';

interface ReportOptions extends ViewOptions {
  format: string;
}

type Render = (context: ViewContext) => Promise<string>;

// Each format loads its renderer (and for html its other views) only when asked for.
const renderers: Record<string, Render> = {
  term: async (context) =>
    (await import('../../render/report/term.js')).renderReportTerm(await summary(context), context),
  md: async (context) =>
    (await import('../../render/report/markdown.js')).renderReportMarkdown(
      await summary(context),
      context,
    ),
  html: async (context) => {
    const { renderReportHtml, reportTimelineFits } = await import('../../render/report/html.js');
    const { buildTableView } = await import('../../views/table-rows.js');
    const { buildTimeline } = await import('../../views/timeline.js');
    const schedule = { today: context.today, warnDays: context.warnDays };
    return renderReportHtml(
      {
        summary: await summary(context),
        table: buildTableView(context.plan, { lang: context.lang, ...schedule }),
        timeline: buildTimeline(context.plan, {
          ...schedule,
          fits: reportTimelineFits(context.lang),
        }),
      },
      context,
    );
  },
};

async function summary(context: ViewContext) {
  const { reportSummary } = await import('../../views/report-summary.js');
  return reportSummary(context.plan, context);
}

export async function runReport(
  files: string[],
  options: ReportOptions,
  io: CliIo,
): Promise<number> {
  const render = pickFormat(renderers, options.format);
  const context = await loadViewPlan(files, options, io);
  await emit(await render(context), options.output, io, files);
  return 0;
}

export function addReportCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  program
    .command('report')
    .description(
      'a one-page summary: counts by status and light, units, goals and targets, the most urgent items',
    )
    .argument('[files...]', 'one plan file; - reads standard input')
    .option('-f, --format <format>', 'term, md or html (one printable page)', 'term')
    .option('--warn-days <n>', 'due within this many days is due soon', String(DEFAULT_WARN_DAYS))
    .option('--width <n>', 'terminal width for term output (default: the terminal, else 100)')
    .option('--max-bytes <n>', 'refuse files larger than this', String(DEFAULT_MAX_BYTES))
    .action(async (files: string[], options: ReportOptions) => {
      setExit(await runReport(files, options, io));
    });
}
