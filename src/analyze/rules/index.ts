import type { Rule } from '../rule.js';
import { behindSchedule } from './behind-schedule.js';
import { dependencyCycle } from './dependency-cycle.js';
import { dueSoon } from './due-soon.js';
import { duplicateId } from './duplicate-id.js';
import { endBeforeStart } from './end-before-start.js';
import { goalWithoutTasks } from './goal-without-tasks.js';
import { invalidDate } from './invalid-date.js';
import { lateToStart } from './late-to-start.js';
import { noLead } from './no-lead.js';
import { outsidePhase } from './outside-phase.js';
import { overdue } from './overdue.js';
import { placeholderDate } from './placeholder-date.js';
import { severalUnits } from './several-units.js';
import { startsBeforeDependency } from './starts-before-dependency.js';
import { statusProgress } from './status-progress.js';
import { targetAtRisk } from './target-at-risk.js';
import { unitAlias } from './unit-alias.js';
import { unknownMember } from './unknown-member.js';
import { unknownReference } from './unknown-reference.js';

/** Every rule `plan check` runs on a resolved plan. */
export const rules: readonly Rule[] = [
  invalidDate,
  placeholderDate,
  duplicateId,
  unknownReference,
  unknownMember,
  endBeforeStart,
  dependencyCycle,
  outsidePhase,
  startsBeforeDependency,
  noLead,
  goalWithoutTasks,
  unitAlias,
  severalUnits,
  statusProgress,
  overdue,
  lateToStart,
  behindSchedule,
  dueSoon,
  targetAtRisk,
];
