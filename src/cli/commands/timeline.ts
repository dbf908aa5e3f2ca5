import type { Command } from 'commander';
import type { TimelineScale } from '../../views/timeline.js';
import { type CliIo, UsageError } from '../io.js';
import {
  addPlanInputOptions,
  addStrictViewOption,
  parseCountOption,
  parseDayOption,
  pickFormat,
} from '../options.js';
import { renderView, type ViewContext, type ViewOptions } from '../view-input.js';

interface TimelineOptions extends ViewOptions {
  scale?: string;
  from?: string;
  to?: string;
}

// The list is repeated here, checked against the view's type, so that the
// view model stays out of the start-up path of the other commands.
const scales = ['week', 'month', 'quarter'] as const satisfies readonly TimelineScale[];
type Scale = (typeof scales)[number];

/**
 * One renderer per format, loaded only when asked for; `svg` and `mermaid`
 * join here, drawing from the same view model.
 */
const formats: Record<string, (context: ViewContext, options: ParsedOptions) => Promise<string>> = {
  term: async (context, options) => {
    const { buildTimeline } = await import('../../views/timeline.js');
    const { renderTimelineTerm } = await import('../../render/timeline/term.js');
    const { termFits } = await import('../../render/timeline/layout.js');
    const timeline = buildTimeline(context.plan, {
      today: context.today,
      warnDays: context.warnDays,
      ...options,
      fits: termFits(context.width, context.lang),
    });
    return renderTimelineTerm(timeline, {
      lang: context.lang,
      color: context.color,
      width: context.width,
    });
  },
  svg: async (context, { width, ...options }) => {
    const { buildTimeline } = await import('../../views/timeline.js');
    const { renderTimelineSvg } = await import('../../render/timeline/svg.js');
    const { svgFits } = await import('../../render/timeline/svg-layout.js');
    const timeline = buildTimeline(context.plan, {
      today: context.today,
      warnDays: context.warnDays,
      ...options,
      fits: svgFits(width, context.lang),
    });
    return renderTimelineSvg(timeline, {
      lang: context.lang,
      ...(width !== undefined ? { width } : {}),
    });
  },
  mermaid: async (context, { width: _width, ...options }) => {
    const { buildTimeline } = await import('../../views/timeline.js');
    const { renderTimelineMermaid, mermaidFits } = await import('../../render/timeline/mermaid.js');
    const timeline = buildTimeline(context.plan, {
      today: context.today,
      warnDays: context.warnDays,
      ...options,
      fits: mermaidFits,
    });
    return renderTimelineMermaid(timeline, { lang: context.lang });
  },
};

interface ParsedOptions {
  scale?: Scale;
  from?: number;
  to?: number;
  /** --width as given: px for svg (whose default is not the terminal's). */
  width?: number;
}

function parseOptions(options: TimelineOptions): ParsedOptions {
  const parsed: ParsedOptions = {};
  if (options.scale !== undefined) {
    if (!(scales as readonly string[]).includes(options.scale)) {
      throw new UsageError((m) => m.usage.mustBe('--scale', scales, `${options.scale}`));
    }
    parsed.scale = options.scale as Scale;
  }
  if (options.width !== undefined) parsed.width = parseCountOption('--width', options.width, 0);
  if (options.from !== undefined) parsed.from = parseDayOption('--from', options.from);
  if (options.to !== undefined) parsed.to = parseDayOption('--to', options.to);
  if (parsed.from !== undefined && parsed.to !== undefined && parsed.to < parsed.from) {
    throw new UsageError((m) => m.usage.toBeforeFrom(`${options.to}`, `${options.from}`));
  }
  return parsed;
}

export async function runTimeline(
  files: string[],
  options: TimelineOptions,
  io: CliIo,
): Promise<number> {
  const format = options.format ?? 'term';
  const render = pickFormat(formats, format);
  // Options are checked before the plan is read: a typo should not wait on a big file.
  const parsed = parseOptions(options);
  return renderView(files, options, io, (context) => render(context, parsed));
}

export function addTimelineCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  const command = program
    .command('timeline')
    .description('a Gantt-style timeline of phases, steps, tasks and milestones')
    .argument('[files...]', 'one plan file or glob; - reads standard input')
    .option('-f, --format <format>', 'term, svg or mermaid', 'term')
    .option('--scale <scale>', 'week, month or quarter (default: the finest that fits)')
    .option('--from <date>', 'start the chart at this date, YYYY-MM-DD')
    .option('--to <date>', 'end the chart at this date, YYYY-MM-DD')
    .option(
      '--width <n>',
      'the width to fit: columns for term (default: the terminal width), px for svg (default: 1200)',
    );
  addPlanInputOptions(command);
  addStrictViewOption(command);
  command.action(async (files: string[], options: TimelineOptions) => {
    setExit(await runTimeline(files, options, io));
  });
}
