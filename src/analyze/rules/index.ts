import type { Rule } from '../rule.js';
import { actualUnreadable } from './actual-unreadable.js';
import { behindSchedule } from './behind-schedule.js';
import { blocked } from './blocked.js';
import { calendarNotPublished } from './calendar-not-published.js';
import { dependencyCycle } from './dependency-cycle.js';
import { doneAfterToday } from './done-after-today.js';
import { dueOnHoliday } from './due-on-holiday.js';
import { dueSoon } from './due-soon.js';
import { duplicateId } from './duplicate-id.js';
import { endBeforeStart } from './end-before-start.js';
import { goalWithoutTasks } from './goal-without-tasks.js';
import { invalidDate } from './invalid-date.js';
import { lateToStart } from './late-to-start.js';
import { lightRule } from './light-rule.js';
import { missedOccurrence } from './missed-occurrence.js';
import { noLead } from './no-lead.js';
import { outsidePhase } from './outside-phase.js';
import { overdue } from './overdue.js';
import { placeholderDate } from './placeholder-date.js';
import { progressFraction } from './progress-fraction.js';
import { repeatForm } from './repeat-form.js';
import { severalUnits } from './several-units.js';
import { startsBeforeDependency } from './starts-before-dependency.js';
import { statusProgress } from './status-progress.js';
import { targetAtRisk } from './target-at-risk.js';
import { targetNotComputable } from './target-not-computable.js';
import { targetPlaceholder } from './target-placeholder.js';
import { targetUnitMismatch } from './target-unit-mismatch.js';
import { targetUnreadable } from './target-unreadable.js';
import { unitAlias } from './unit-alias.js';
import { unknownMember } from './unknown-member.js';
import { unknownReference } from './unknown-reference.js';
import { untrackedPhase } from './untracked-phase.js';

/** Every rule `plan check` runs on a resolved plan. */
export const rules: readonly Rule[] = [
  invalidDate,
  placeholderDate,
  duplicateId,
  unknownReference,
  unknownMember,
  endBeforeStart,
  dependencyCycle,
  lightRule,
  repeatForm,
  outsidePhase,
  startsBeforeDependency,
  noLead,
  goalWithoutTasks,
  unitAlias,
  severalUnits,
  statusProgress,
  progressFraction,
  doneAfterToday,
  overdue,
  untrackedPhase,
  missedOccurrence,
  lateToStart,
  behindSchedule,
  blocked,
  dueSoon,
  dueOnHoliday,
  calendarNotPublished,
  targetAtRisk,
  targetUnreadable,
  targetPlaceholder,
  targetNotComputable,
  targetUnitMismatch,
  actualUnreadable,
];
