/** Every diagnostic the tool can report, with its default severity. */
export const diagnosticCodes = {
  'yaml-syntax': 'error',
  'paste-artefact': 'error',
  'comment-in-text': 'warning',
  schema: 'error',
  'unknown-key': 'error',
  'invalid-date': 'error',
  'placeholder-date': 'error',
  'duplicate-id': 'error',
  'unknown-reference': 'error',
  'end-before-start': 'error',
  'dependency-cycle': 'error',
  'outside-phase': 'warning',
  'starts-before-dependency': 'warning',
  'no-lead': 'warning',
  'goal-without-tasks': 'warning',
  'unit-alias': 'warning',
  'several-units': 'warning',
  'status-progress': 'warning',
  'progress-fraction': 'info',
  'done-after-today': 'warning',
  overdue: 'warning',
  'missed-occurrence': 'warning',
  'late-to-start': 'warning',
  'behind-schedule': 'warning',
  blocked: 'warning',
  'due-soon': 'info',
  'target-at-risk': 'warning',
  'target-unreadable': 'error',
  'target-placeholder': 'error',
  'target-not-computable': 'info',
  'target-unit-mismatch': 'warning',
  'actual-unreadable': 'warning',
  'input-too-large': 'error',
  encoding: 'error',
  // Not in a plan but about the input itself: a missing file or a directory.
  // They make `plan check` exit 2, like a usage error.
  'input-unreadable': 'error',
  // Last, so that the SARIF rule indexes of the codes before them stay put.
  'due-on-holiday': 'info',
  'calendar-not-published': 'info',
} as const;

export type DiagnosticCode = keyof typeof diagnosticCodes;
export type Severity = 'error' | 'warning' | 'info';

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One line on each code, for SARIF rule descriptions and the README. */
export const codeDescriptions: Record<DiagnosticCode, string> = {
  'yaml-syntax': 'The file is not valid YAML (duplicate keys, several documents, bad indentation).',
  'paste-artefact':
    'A full-width colon, dash or bracket, or a U+3000/no-break space, pasted from Word/WPS where YAML needs ASCII.',
  'comment-in-text': 'A ` #` in an unquoted title or note, read as a comment and dropped.',
  schema: 'A field is missing, has the wrong type, or is out of range.',
  'unknown-key': 'A key the plan format does not have.',
  'invalid-date': 'A date that cannot be read or does not exist.',
  'placeholder-date': 'A template placeholder such as 20xx left in a date.',
  'duplicate-id': 'Two goals, phases, tasks or milestones share one id.',
  'unknown-reference': 'A goal, phase, unit or task that is not defined.',
  'end-before-start': 'A plan, phase, step or task that ends before it starts.',
  'dependency-cycle': 'Tasks that depend on each other in a circle.',
  'outside-phase': "A task's or step's dates fall outside its phase.",
  'starts-before-dependency': 'A task starts before a task it depends on is due.',
  'no-lead': 'A task with no lead unit.',
  'goal-without-tasks': 'A goal that no task serves.',
  'unit-alias':
    'A unit written by an alias or in the other script, or (without a registry) two spellings of one unit.',
  'several-units': 'One string names several units (医务科/护理部); write them as a list.',
  'status-progress': 'Status and progress disagree.',
  'progress-fraction': 'Progress written as a fraction (0.5) where 0–100 is meant.',
  'done-after-today': 'A done_on date after today.',
  overdue: 'An overdue task, phase or milestone.',
  'missed-occurrence':
    'A past occurrence of a recurring duty (每月报送) with no update dated in its window.',
  'late-to-start': 'Its start has passed and it is still todo.',
  'behind-schedule':
    "Progress trails the pro-rata schedule past the light rule's yellow line (default: 10 points).",
  blocked: 'A blocked task, with its latest note.',
  'due-soon': 'Due within the warning window.',
  'due-on-holiday':
    'A due date written to the day that falls in a public holiday (国庆, 春节); names the next working day.',
  'calendar-not-published':
    'A working-day duty reaching into a year whose holiday arrangement is not yet published.',
  'target-at-risk': 'A target whose latest actual falls short near or past its due date.',
  'target-unreadable':
    'A target, its tolerance or its reference that cannot be read, or that contradicts itself.',
  'target-placeholder': 'A template placeholder such as x项 or XX% left in a target.',
  'target-not-computable':
    'A target with no absolute figure (超过国家中位数, 同比下降8%) and no reference: no light.',
  'target-unit-mismatch':
    'A reading in another unit than its target (21项 against 20人): no light.',
  'actual-unreadable': 'A reading with no figure to compare with its target.',
  'input-too-large': 'The file is larger than the size limit.',
  encoding: 'The file is not UTF-8 text.',
  'input-unreadable': 'The file is missing, a directory, or cannot be read.',
};
