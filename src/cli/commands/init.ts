import type { Command } from 'commander';
import { loadCliMessages } from '../../i18n/cli-messages.js';
import { chooseLang } from '../../i18n/lang.js';
import { starterPlan } from '../../init/starter-plan.js';
import { type CliIo, writeNewFile, writeTo } from '../io.js';
import { type CommonOptions, parseLangOption, parseTodayOption } from '../options.js';

export function addInitCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  program
    .command('init')
    .description('write a starter plan that passes its own check (never overwrites a file)')
    .argument('[file]', 'where to write it; - for standard output', 'plan.yaml')
    .action(async (file: string, options: CommonOptions) => {
      const lang = chooseLang(parseLangOption(options.lang), undefined, io.env);
      const text = starterPlan(lang, parseTodayOption(options.today));
      const target = options.output ?? file;
      if (target === '-') {
        await writeTo(io.stdout, text);
      } else {
        // Created exclusively: a file (or a dangling link) that appears while
        // the plan is being written is never replaced.
        await writeNewFile(target, text, io.cwd);
        await writeTo(io.stderr, `plan: ${(await loadCliMessages(lang)).wrote(target)}\n`);
      }
      setExit(0);
    });
}
