import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { addCheckCommand } from './check.js';
import { addChecklistCommand } from './checklist.js';
import { addExportCommand } from './export.js';
import { addFixCommand } from './fix.js';
import { addInitCommand } from './init.js';
import { addOverdueCommand } from './overdue.js';
import { addReportCommand } from './report.js';
import { addSchemaCommand } from './schema.js';
import { addTableCommand } from './table.js';
import { addTimelineCommand } from './timeline.js';

/** Adds one command to the program; `setExit` records the run's exit code. */
export type AddCommand = (
  program: Command,
  io: CliIo,
  version: string,
  setExit: (code: number) => void,
) => void;

/** Every command, in the order `plan --help` lists them. */
export const commands: readonly AddCommand[] = [
  addCheckCommand,
  addFixCommand,
  addTableCommand,
  addChecklistCommand,
  addTimelineCommand,
  addOverdueCommand,
  addReportCommand,
  addExportCommand,
  addSchemaCommand,
  addInitCommand,
];
