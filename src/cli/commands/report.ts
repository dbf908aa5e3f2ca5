import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import {
  addPlanInputOptions,
  addStrictViewOption,
  addTermWidthOption,
  pickFormat,
} from '../options.js';
import { renderView, type ViewContext, type ViewOptions } from '../view-input.js';

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
  json: async (context) =>
    (await import('../../render/report/json.js')).renderReportJson(await summary(context), context),
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
  return renderView(files, options, io, pickFormat(renderers, options.format));
}

export function addReportCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  const command = program
    .command('report')
    .description(
      'a one-page summary: counts by status and light, units, goals and targets, the most urgent items',
    )
    .argument('[files...]', 'one plan file; - reads standard input')
    .option(
      '-f, --format <format>',
      'term, md, html (one printable page) or json (the figures, for dashboards)',
      'term',
    );
  addTermWidthOption(command);
  addPlanInputOptions(command);
  addStrictViewOption(command);
  command.action(async (files: string[], options: ReportOptions) => {
    setExit(await runReport(files, options, io));
  });
}
