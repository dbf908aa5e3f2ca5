import type { Command } from 'commander';
import { cliMessages } from '../../i18n/cli-messages.js';
import { chooseLang } from '../../i18n/lang.js';
import { CONFIG_FILE } from '../../config/rule-levels.js';
import { starterConfig } from '../../init/starter-config.js';
import { starterPlan } from '../../init/starter-plan.js';
import { dirname, join } from 'node:path';
import { type CliIo, UsageError, writeNewFile, writeTo } from '../io.js';
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
    .argument(
      '[file]',
      'where to write it; - for standard output (default: plan.yaml, or plan.config.yaml with --config)',
    )
    .option('--config', 'write a commented starter project config (plan.config.yaml) instead')
    .action(async (file: string | undefined, options: CommonOptions & { config?: boolean }) => {
      const lang = chooseLang(parseLangOption(options.lang), undefined, io.env);
      const text = options.config
        ? starterConfig()
        : starterPlan(lang, parseTodayOption(options.today));
      const target = options.output ?? file ?? (options.config ? CONFIG_FILE : 'plan.yaml');
      if (target === '-') {
        await writeTo(io.stdout, text);
      } else {
        // Created exclusively: a file (or a dangling link) that appears while
        // the plan is being written is never replaced.
        await writeNewFile(target, text, io.cwd);
        const schema = await writeSchemaBeside(target, io.cwd);
        const words = cliMessages(lang);
        await writeTo(
          io.stderr,
          `plan: ${schema ? words.wroteWithSchema(target, schema) : words.wrote(target)}\n`,
        );
      }
      setExit(0);
    });
}

/**
 * The plan's `# yaml-language-server: $schema=./plan.schema.json` names a
 * file beside it, so an editor validates the plan offline (a hospital
 * intranet reaches no CDN). Written when there is none; one already there is
 * kept. Returns the name written, if any.
 */
async function writeSchemaBeside(plan: string, cwd: string): Promise<string | undefined> {
  const { planJsonSchema } = await import('../../schema/json-schema.js');
  const file = join(dirname(plan), 'plan.schema.json');
  try {
    await writeNewFile(file, planJsonSchema(), cwd);
    return file;
  } catch (error) {
    if (error instanceof UsageError) return undefined;
    throw error;
  }
}
