import type { Command } from 'commander';
import { planJsonSchema } from '../../schema/json-schema.js';
import { emit } from '../emit.js';
import type { CliIo } from '../io.js';
import type { CommonOptions } from '../options.js';

export function addSchemaCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  program
    .command('schema')
    .description('print the JSON Schema of the plan format (the same as schemas/plan.schema.json)')
    .action(async (options: CommonOptions) => {
      await emit(planJsonSchema(), options.output, io, []);
      setExit(0);
    });
}
