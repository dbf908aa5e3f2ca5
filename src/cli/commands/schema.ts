import type { Command } from 'commander';
import { emit } from '../emit.js';
import { type CliIo, UsageError } from '../io.js';
import type { CommonOptions } from '../options.js';

// Each schema is generated (from its zod model) only when asked for.
const schemas: Record<string, () => Promise<string>> = {
  plan: async () => (await import('../../schema/json-schema.js')).planJsonSchema(),
  report: async () => (await import('../../render/report/json-contract.js')).reportJsonSchema(),
  config: async () => (await import('../../config/config-schema.js')).configJsonSchema(),
};

export function addSchemaCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  program
    .command('schema')
    .description(
      'print a JSON Schema: of the plan format (plan, the default; schemas/plan.schema.json), of `plan report --format json` (report; schemas/report.schema.json) or of plan.config.yaml (config; schemas/config.schema.json)',
    )
    .argument('[name]', 'plan, report or config', 'plan')
    .action(async (name: string, options: CommonOptions) => {
      const schema = schemas[name];
      if (!schema) throw new UsageError((m) => m.usage.schemaName(name));
      await emit(await schema(), options.output, io, []);
      setExit(0);
    });
}
