import type { Command } from 'commander';
import type { Day } from '../../dates/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { Plan } from '../../model/types.js';
import type { CliIo } from '../io.js';
import { addPlanInputOptions, addStrictViewOption, pickFormat } from '../options.js';
import { renderView, type ViewOptions } from '../view-input.js';
import { writeNotices } from './table.js';

/** A whole export: the plan in, the file's content out, and notices for stderr. */
export type Exporter = (
  plan: Plan,
  options: { readonly lang: Lang; readonly today: Day },
) => { readonly content: string | Uint8Array; readonly notices: readonly string[] };

/** One line per format; each is loaded only when asked for. */
const exporters: Record<string, () => Promise<Exporter>> = {
  ics: async () => (await import('../../render/export/ics.js')).exportIcsWithNotices,
};

export const DEFAULT_EXPORT_FORMAT = 'ics';

export async function runExport(files: string[], options: ViewOptions, io: CliIo): Promise<number> {
  const format = options.format ?? DEFAULT_EXPORT_FORMAT;
  const load = pickFormat(exporters, format);
  return renderView(files, options, io, async (context) => {
    const exported = (await load())(context.plan, { lang: context.lang, today: context.today });
    await writeNotices(exported.notices, io);
    return exported.content;
  });
}

export function addExportCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  const command = program
    .command('export')
    .description(
      'export a plan for other tools: --format ics gives an iCalendar file of due dates, milestones and phases',
    )
    .argument('[files...]', 'one plan file; - reads standard input')
    .option('-f, --format <format>', Object.keys(exporters).join(', '), DEFAULT_EXPORT_FORMAT);
  addPlanInputOptions(command, { schedule: false });
  addStrictViewOption(command);
  command.action(async (files: string[], options: ViewOptions) => {
    setExit(await runExport(files, options, io));
  });
}
