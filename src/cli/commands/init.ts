import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { chooseLang } from '../../i18n/lang.js';
import { starterPlan } from '../../init/starter-plan.js';
import { emit } from '../emit.js';
import { type CliIo, UsageError } from '../io.js';
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
      if (target !== '-' && (await exists(resolve(io.cwd, target)))) {
        throw new UsageError(`${target} already exists; plan init never overwrites a file`);
      }
      await emit(text, target, io, []);
      if (target !== '-') io.stderr.write(`plan: wrote ${target}\n`);
      setExit(0);
    });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
