import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { addCheckCommand } from './check.js';
import { addInitCommand } from './init.js';
import { addSchemaCommand } from './schema.js';

/** Adds one command to the program; `setExit` records the run's exit code. */
export type AddCommand = (
  program: Command,
  io: CliIo,
  version: string,
  setExit: (code: number) => void,
) => void;

/** Every command, in the order `plan --help` lists them. */
export const commands: readonly AddCommand[] = [addCheckCommand, addSchemaCommand, addInitCommand];
