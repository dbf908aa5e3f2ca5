/**
 * The one registry of diagnostics, as ESLint keeps a rule's `meta`: each
 * code's default severity, category, one-line description (en and zh-CN),
 * when it is reported, how to fix it, and a plan fragment that shows it.
 * SARIF rules, the README's diagnostics table, `docs/rules/<code>.md`, the
 * project config's validation of codes and the severity of every diagnostic
 * are derived from it; nothing else lists the codes. A message's WORDS stay
 * in src/i18n/diagnostic-messages.ts, keyed by the same codes (the compiler
 * makes both list every code).
 */

export type Severity = 'error' | 'warning' | 'info';

export type Category =
  | 'input'
  | 'syntax'
  | 'format'
  | 'dates'
  | 'references'
  | 'units'
  | 'progress'
  | 'schedule'
  | 'targets'
  | 'config';

export interface CodeMeta {
  readonly severity: Severity;
  readonly category: Category;
  /** One line: SARIF's shortDescription, the config schema's hints. */
  readonly description: { readonly en: string; readonly 'zh-CN': string };
  /** When it is reported, in full (Markdown): the README table and the rule page. */
  readonly details: string;
  /** How to fix it (Markdown): the rule page and SARIF's help. */
  readonly fix: string;
  /** A plan fragment that draws it, for the rule page. */
  readonly example?: string;
}

/** Where the rule pages live: helpUri of SARIF rules and the README's links. */
export const REPOSITORY_URL = 'https://github.com/plan-compiler/plan';

export function ruleDocsPath(code: DiagnosticCode): string {
  return `docs/rules/${code}.md`;
}

export function ruleDocsUrl(code: DiagnosticCode): string {
  return `${REPOSITORY_URL}/blob/main/${ruleDocsPath(code)}`;
}

export const diagnosticRegistry = {
  'yaml-syntax': {
    severity: 'error',
    category: 'syntax',
    description: {
      en: 'The file is not valid YAML (duplicate keys, several documents, bad indentation).',
      'zh-CN': '文件不是有效的 YAML（键重复、包含多个文档或缩进有误）。',
    },
    details:
      "not valid YAML: bad indentation, duplicate keys, several documents, tabs, aliases that expand too far (more than 2 × the file's size + 1,000,000 nodes and characters) or into themselves; a value that starts with `[ { @ * & ! % \\| >` or `- ` or holds `: ` is reported at the value with the quoted value as the suggestion (also a title that parses but lost its start to an anchor no alias uses: `title: &重点 …`); an unclosed quote at the quote that opened it. Worded in the plan's `locale` even when the file does not parse",
    fix: 'Indent with spaces (two per level), write each key once, keep one document per file, and quote a value that starts with `[`, `{`, `@`, `*`, `&`, `!`, `%`, `|` or `>` or holds `: `.',
    example: 'title: [重点]全面提升医疗服务质量   # a list was opened, not closed',
  },
  'paste-artefact': {
    severity: 'error',
    category: 'syntax',
    description: {
      en: 'A full-width colon, dash or bracket, or a U+3000/no-break space, pasted from Word/WPS where YAML needs ASCII.',
      'zh-CN': '从 Word/WPS 粘贴带入的全角冒号、破折号、方括号或全角空格，YAML 此处须用半角字符。',
    },
    details:
      "text pasted from Word/WPS where YAML needs ASCII: a full-width colon after a key (`title：`, `标题：`), U+3000 or a no-break space as indentation, after a colon or a list dash, or at the end of a value; no space after a known key's colon (`due:2023-06`); `－`/`—`/`•`/`·`/`●` as a list dash; Word numbering (`1、` `（二）` `2.`) before a key where a list dash belongs; `［…］`/`【…】` around a comma-separated list; typographic quotes round an id (`id: “T1”`); a zero-width space or a byte-order mark inside the text. At the character, with the corrected line as the suggestion. Reported instead of the parser's error when it explains it, and also when the file parses but the artefact spoiled a value; the rules then say nothing more about that field",
    fix: 'Replace the character with its ASCII form: `：` → `: `, U+3000 → spaces, `－`/`•`/`1、` → `- `, `［…］` → `[…]`; delete invisible characters and the quotes round an id. The suggestion is the corrected line; `plan fix` applies it where it is certain.',
    example: 'title：全面提升医疗服务质量',
  },
  'comment-in-text': {
    severity: 'warning',
    category: 'syntax',
    description: {
      en: 'A ` #` in an unquoted title or note, read as a comment and dropped.',
      'zh-CN': '未加引号的标题或备注中含有“ #”，其后文字被当作注释而丢失。',
    },
    details:
      '` #` (one space before the `#`) in an unquoted title, name, notes, note, metric, target … : YAML reads the rest as a comment and drops it; the suggestion quotes the whole value. Two or more spaces before the `#` are a comment written on purpose and are left alone',
    fix: 'Quote the whole value: `title: "全面提升医疗服务质量 #重点"`.',
    example: 'title: 全面提升医疗服务质量 #重点',
  },
  schema: {
    severity: 'error',
    category: 'format',
    description: {
      en: 'A field is missing, has the wrong type, or is out of range.',
      'zh-CN': '字段缺失、类型不符或取值超出范围。',
    },
    details:
      'a missing field, a wrong type, a value out of range or not allowed; a light rule with red below yellow; checkpoints that decrease',
    fix: 'Give the field the type and range the message names (`progress` is 0–100, `status` one of todo, doing, done, blocked, dropped); `plan schema` prints the whole format.',
    example: 'tasks:\n  - title: 落实核心制度\n    progress: 150',
  },
  'unknown-key': {
    severity: 'error',
    category: 'format',
    description: {
      en: 'A key the plan format does not have.',
      'zh-CN': '方案格式中没有该字段。',
    },
    details:
      "a key the format does not have (suggests the nearest, or the key a 分工表 heading or another tool's word stands for: `责任单位`/`牵头单位`/`responsible` → `lead`, `截止时间`/`完成时限`/`deadline` → `due`, `配合单位` → `support`, `责任领导` → `leader`, `责任人` → `owner`, `进展情况` → `updates`); the value is then read under the suggested key (unless that key is written too), so one slip is one diagnostic and later checks point at its value; one mapping lists its first 100, the 101st counts the rest",
    fix: 'Rename the key to the one suggested, or remove it. Free text belongs in `notes`.',
    example: 'tasks:\n  - title: 落实核心制度\n    截止时间: 2024-06',
  },
  'invalid-date': {
    severity: 'error',
    category: 'dates',
    description: {
      en: 'A date that cannot be read or does not exist.',
      'zh-CN': '日期无法识别或并不存在。',
    },
    details:
      'a date that cannot be read or does not exist, or a date without a year (`6月底`) in a plan whose period gives no one year',
    fix: 'Write a date that exists, in a form the format reads (`2024-06-30`, `2024年6月底`, `2024-Q3`); give a yearless date its year.',
    example: 'due: 2023-02-30',
  },
  'placeholder-date': {
    severity: 'error',
    category: 'dates',
    description: {
      en: 'A template placeholder such as 20xx left in a date.',
      'zh-CN': '日期中遗留了 20xx 等模板占位符。',
    },
    details: '`20xx` and other template leftovers',
    fix: 'Write the real year.',
    example: 'due: 20xx年6月底',
  },
  'duplicate-id': {
    severity: 'error',
    category: 'references',
    description: {
      en: 'Two goals, phases, tasks or milestones share one id.',
      'zh-CN': '两个目标、阶段、任务或节点使用了同一标识（id）。',
    },
    details: 'two goals, phases, tasks or milestones with one id',
    fix: 'Give each its own id; references then name the one meant.',
    example: 'tasks:\n  - { id: T1, title: 落实核心制度 }\n  - { id: T1, title: 开展专项检查 }',
  },
  'unknown-reference': {
    severity: 'error',
    category: 'references',
    description: {
      en: 'A goal, phase, unit or task that is not defined.',
      'zh-CN': '引用的目标、阶段、单位或任务未定义。',
    },
    details:
      'a goal, phase, unit (when the plan has a registry) or task that is not defined (suggests the nearest)',
    fix: 'Correct the id to the one suggested, or define what it names.',
    example: 'tasks:\n  - title: 落实核心制度\n    goal: G9',
  },
  'end-before-start': {
    severity: 'error',
    category: 'dates',
    description: {
      en: 'A plan, phase, step or task that ends before it starts.',
      'zh-CN': '方案、阶段、步骤或任务的结束时间早于开始时间。',
    },
    details: 'a plan, phase, step or task that ends before it starts',
    fix: 'Correct whichever of the two dates is wrong (often the year).',
    example: 'phases:\n  - { id: implement, name: 组织实施阶段, start: 2024-08, end: 2024-03 }',
  },
  'dependency-cycle': {
    severity: 'error',
    category: 'references',
    description: {
      en: 'Tasks that depend on each other in a circle.',
      'zh-CN': '任务之间相互依赖，形成闭环。',
    },
    details:
      'tasks that depend on each other in a circle: one per tangle, naming a shortest circle (at most 10 ids) and how many tasks the tangle holds',
    fix: 'Remove the `depends_on` entry that closes the circle.',
    example:
      'tasks:\n  - { id: T1, title: 制定方案, depends_on: T2 }\n  - { id: T2, title: 组织实施, depends_on: T1 }',
  },
  'outside-phase': {
    severity: 'warning',
    category: 'dates',
    description: {
      en: "A task's or step's dates fall outside its phase.",
      'zh-CN': '任务或步骤的时间超出所属阶段。',
    },
    details: "a task's or step's dates fall outside its phase",
    fix: "Move the task's dates into its phase, or put it in the phase its dates belong to.",
  },
  'starts-before-dependency': {
    severity: 'warning',
    category: 'references',
    description: {
      en: 'A task starts before a task it depends on is due.',
      'zh-CN': '任务在其所依赖的任务到期前即已开始。',
    },
    details: 'a task starts before a task it depends on is due',
    fix: 'Start the task after its dependency is due, or drop the dependency if the work can overlap.',
  },
  'no-lead': {
    severity: 'warning',
    category: 'units',
    description: {
      en: 'A task with no lead unit.',
      'zh-CN': '任务没有牵头单位。',
    },
    details: 'a task with no lead unit (after inheritance)',
    fix: 'Give the task (or its parent) a `lead`.',
    example: 'tasks:\n  - title: 落实核心制度\n    due: 2024-06',
  },
  'goal-without-tasks': {
    severity: 'warning',
    category: 'references',
    description: {
      en: 'A goal that no task serves.',
      'zh-CN': '没有任务支撑的目标。',
    },
    details: 'a goal no task or milestone serves',
    fix: 'Link the tasks that serve the goal with `goal:`, or remove the goal.',
  },
  'unit-alias': {
    severity: 'warning',
    category: 'units',
    description: {
      en: 'A unit written by an alias or in the other script, or (without a registry) two spellings of one unit.',
      'zh-CN': '单位使用了别名或繁简不一的写法，或（未设单位名录时）同一单位有两种写法。',
    },
    details:
      'a unit written by an alias, or by its registered name in the other script (醫務科 for 医务科); suggests the registered name. Without a registry, two spellings that are likely one unit: one name in two scripts (醫務科 / 医务科), under a place (财政局 / 县财政局), a short form (综合办 / 综合办公室) or an abbreviation (总务科 / 总务后勤科); names of one length (医务科 / 医保科, 内科 / 外科) and two-character names are never taken for one unit',
    fix: 'Write the registered name or id everywhere (`plan fix` does it), so tables and checklists count one unit once.',
  },
  'several-units': {
    severity: 'warning',
    category: 'units',
    description: {
      en: 'One string names several units (医务科/护理部); write them as a list.',
      'zh-CN': '一个字符串中写了多个单位（如“医务科/护理部”），应写成列表。',
    },
    details:
      'one string names several units (`医务科/护理部`, `医务科和护理部`); suggests the list to write',
    fix: 'Write a list: `lead: [医务科, 护理部]`.',
    example: 'lead: 医务科/护理部',
  },
  'status-progress': {
    severity: 'warning',
    category: 'progress',
    description: {
      en: 'Status and progress disagree.',
      'zh-CN': '状态与进度不一致。',
    },
    details: 'status and progress disagree (done at 40%, todo at 100%, done_on on an open task)',
    fix: 'Update whichever is stale: the status, the progress or `done_on`.',
    example: 'status: done\nprogress: 40',
  },
  'progress-fraction': {
    severity: 'info',
    category: 'progress',
    description: {
      en: 'Progress written as a fraction (0.5) where 0–100 is meant.',
      'zh-CN': '进度写成了小数（如 0.5），此处应为 0–100。',
    },
    details:
      'progress written as a fraction (`0.5` on a task in progress, or `1` on a done one) where 0–100 is meant; suggests `50`',
    fix: 'Write progress as a per cent, 0–100: `progress: 50`.',
    example: 'status: doing\nprogress: 0.5',
  },
  'done-after-today': {
    severity: 'warning',
    category: 'progress',
    description: {
      en: 'A done_on date after today.',
      'zh-CN': '办结日期（done_on）晚于今天。',
    },
    details: 'a `done_on` after `--today`',
    fix: 'Correct the date (often the year); a task is done when it is done.',
  },
  overdue: {
    severity: 'warning',
    category: 'schedule',
    description: {
      en: 'An overdue task, phase or milestone.',
      'zh-CN': '任务、阶段或节点已逾期。',
    },
    details:
      'an overdue task, phase or milestone as of `--today`: the last day of its due date (the month’s end for `2024-03`) is before today and it is not done or dropped; a phase, when its end has passed with work in it unfinished. Results change with the date: a project that wants them not to turns the rule off (`rules: { overdue: off }`)',
    fix: 'Finish the work and record it (`status: done`, `done_on`), or record a new due date that was agreed. A project that reviews deadlines elsewhere turns the rule off in `plan.config.yaml` (`rules: { overdue: off }`), so results stop changing with the date.',
    example:
      'tasks:\n  - title: 落实核心制度\n    lead: 医务科\n    due: 2024-03-31\n    status: doing',
  },
  'missed-occurrence': {
    severity: 'warning',
    category: 'schedule',
    description: {
      en: 'A past occurrence of a recurring duty (每月报送) with no update dated in its window.',
      'zh-CN': '周期性工作（如每月报送）某一期已过，但该期内没有进展记录。',
    },
    details:
      'a past occurrence of a recurring duty with no update in its window, naming its period',
    fix: 'Record the report with an update dated inside the period, or an `occurrences:` entry (`status: dropped` when it was not required).',
  },
  'due-on-holiday': {
    severity: 'info',
    category: 'schedule',
    description: {
      en: 'A due date written to the day that falls in a public holiday (国庆, 春节); names the next working day.',
      'zh-CN': '写到具体日期的截止日期落在法定节假日（如国庆、春节），并给出其后第一个工作日。',
    },
    details:
      'a due date written to the day that falls in a public holiday (国庆, 春节 …), naming the holiday and the next working day; not for finished work or an inherited due',
    fix: 'Move the due date to the working day named, or keep it if the office works through the holiday; a deadline is never moved for you.',
    example: 'due: 2024-10-01',
  },
  'calendar-not-published': {
    severity: 'info',
    category: 'schedule',
    description: {
      en: 'A working-day duty reaching into a year whose holiday arrangement is not yet published.',
      'zh-CN': '按工作日计算的周期性工作延伸到节假日安排尚未公布的年份。',
    },
    details:
      'a working-day duty (`within: 10 workdays`) reaching into a year whose holiday arrangement is not yet published (counted Monday to Friday until it is), naming the years, at its `within`',
    fix: 'Nothing to do now: update `plan` (its calendar package) once the State Council publishes the year, and the dates are recounted.',
    example: 'repeat: { every: quarter, within: 10 workdays }',
  },
  'late-to-start': {
    severity: 'warning',
    category: 'schedule',
    description: {
      en: 'Its start has passed and it is still todo.',
      'zh-CN': '已过开始时间，但仍未启动。',
    },
    details: 'its start has passed and it is still todo',
    fix: 'Start the work and set `status: doing`, or move its start.',
  },
  'behind-schedule': {
    severity: 'warning',
    category: 'schedule',
    description: {
      en: "Progress trails the pro-rata schedule past the light rule's yellow line (default: 10 points).",
      'zh-CN': '进度落后序时进度，达到亮灯规则的黄灯线（默认 10 个百分点）。',
    },
    details:
      "progress trails the pro-rata schedule past the light rule's yellow line (default 10 points); says when progress is the mean of sub-tasks",
    fix: 'Record the real progress in an update, or catch up. Offices with another rule set it in `lights:` (plan or project config).',
  },
  blocked: {
    severity: 'warning',
    category: 'schedule',
    description: {
      en: 'A blocked task, with its latest note.',
      'zh-CN': '任务受阻（附最新进展说明）。',
    },
    details: 'a blocked task, with its latest update note (or a request to record why)',
    fix: 'Record what blocks the task and what help it needs in an update; set its status back when it moves again.',
  },
  'untracked-phase': {
    severity: 'info',
    category: 'schedule',
    description: {
      en: 'A phase that has ended with no tasks and no status: nothing says whether its work was done.',
      'zh-CN': '阶段已结束，但未关联任务、也未填写状态，无法判断是否按期完成。',
    },
    details:
      'a phase whose end has passed with no task under it (`phase:`) and no `status` of its own; it gets no light rather than a red one nobody decided, at its `end`',
    fix: 'Write `status: done` on the phase if its work is finished (or `doing` if it is not), or point its tasks at it with `phase:`.',
    example: 'phases:\n  - { id: mobilize, name: 动员部署阶段, start: 2023-01, end: 2023-03 }',
  },
  'due-soon': {
    severity: 'info',
    category: 'schedule',
    description: {
      en: 'Due within the warning window.',
      'zh-CN': '即将到期（在提醒期限内）。',
    },
    details:
      'due within the warning window (`--warn-days`, else `lights.due_soon_within`, default 14 days; `5 workdays` counts working days)',
    fix: 'Nothing to fix: a reminder. `lights.due_soon_within` sets the window for a plan, `--warn-days` for one run.',
  },
  'target-at-risk': {
    severity: 'warning',
    category: 'targets',
    description: {
      en: 'A target whose latest actual falls short near or past its due date.',
      'zh-CN': '指标临近或已过完成时限，最新实际值仍未达标。',
    },
    details: 'a target whose latest actual falls short near or past its due date',
    fix: 'Record a newer actual, or act on the indicator.',
  },
  'target-unreadable': {
    severity: 'error',
    category: 'targets',
    description: {
      en: 'A target, its tolerance or its reference that cannot be read, or that contradicts itself.',
      'zh-CN': '指标值、容差或参照值无法识别，或前后矛盾。',
    },
    details:
      'a target, its `tolerance` or its `reference` that cannot be read, or that contradicts itself (`不超过30%以上`, `3-2项`); suggests the likely form for input-method slips (`50%一下` → `50%以下`, `30余项` → `30项以上`)',
    fix: 'Write the target as `>= 30%`, `30%以上`, `不超过50%`, `7.2天左右`, `2至3项` or in words such as 实现.',
    example: 'target: 50%一下',
  },
  'target-placeholder': {
    severity: 'error',
    category: 'targets',
    description: {
      en: 'A template placeholder such as x项 or XX% left in a target.',
      'zh-CN': '指标中遗留了 x项、XX% 等模板占位符。',
    },
    details: 'a template placeholder in a target (`x项`, `XX%以上`)',
    fix: 'Write the real figure.',
    example: 'target: XX%以上',
  },
  'target-not-computable': {
    severity: 'info',
    category: 'targets',
    description: {
      en: 'A target with no absolute figure (超过国家中位数, 同比下降8%) and no reference: no light.',
      'zh-CN': '指标没有绝对数值（如“超过国家中位数”“同比下降8%”）且未给参照值，无法亮灯。',
    },
    details:
      'a target with no absolute figure (`超过国家中位数`, `同比下降8%`) and no `reference`: it gets no light',
    fix: 'Give the figure it points at as `reference:` (the national median, last year’s value).',
  },
  'target-unit-mismatch': {
    severity: 'warning',
    category: 'targets',
    description: {
      en: 'A reading in another unit than its target (21项 against 20人): no light.',
      'zh-CN': '实际值与指标的计量单位不同（如 21项 对 20人），无法比较。',
    },
    details:
      'an actual in another unit than its target (`21项` against `>= 20人`), at that actual; the target gets no light while its latest actual is one',
    fix: 'Record the actual in the unit of the target.',
  },
  'actual-unreadable': {
    severity: 'warning',
    category: 'targets',
    description: {
      en: 'A reading with no figure to compare with its target.',
      'zh-CN': '实际值中没有可与指标比较的数值。',
    },
    details:
      'an actual with no figure for a numeric target (`待统计` against `>= 95%`), or with neither `value` nor `achieved`',
    fix: 'Record the figure, or leave the reading out until there is one.',
  },
  'input-too-large': {
    severity: 'error',
    category: 'input',
    description: {
      en: 'The file is larger than the size limit.',
      'zh-CN': '文件超过大小上限。',
    },
    details: 'the file is larger than `--max-bytes`',
    fix: 'Split the plan, or raise the limit with `--max-bytes`.',
  },
  encoding: {
    severity: 'error',
    category: 'input',
    description: {
      en: 'The file is not UTF-8 text.',
      'zh-CN': '文件不是 UTF-8 编码的文本。',
    },
    details:
      'the file is not UTF-8 (names the likely encoding, such as GB18030, and how to convert it); at the line and column of its first character that is not UTF-8, in the language of its `locale:` line when that can be read',
    fix: 'Convert it, e.g. `iconv -f GB18030 -t UTF-8 in.yaml > out.yaml`, or save it as UTF-8 in the editor.',
  },
  // Not in a plan but about the input itself: a missing file or a directory.
  // They make `plan check` exit 2, like a usage error.
  'input-unreadable': {
    severity: 'error',
    category: 'input',
    description: {
      en: 'The file is missing, a directory, or cannot be read.',
      'zh-CN': '文件不存在、是文件夹或无法读取。',
    },
    details: 'the file is missing, a directory, or unreadable (exit 2)',
    fix: 'Name a file that exists, or a folder or glob that holds plans.',
  },
  // About the project config (plan.config.yaml), located in it: exit 2.
  config: {
    severity: 'error',
    category: 'config',
    description: {
      en: 'The project config (plan.config.yaml) cannot be used.',
      'zh-CN': '项目配置文件（plan.config.yaml）有误，无法使用。',
    },
    details:
      'the project config cannot be used: not valid YAML, an unknown key or code (suggests the nearest), a severity other than off, info, warning or error, a `units` file that is missing or is not a registry, an `ignore` pattern that cannot be parsed, a bad `lights` block. At the node in the config file; the run ends with 2 before any plan is checked',
    fix: 'Correct the config as the message says; `plan schema config` gives editors its schema, and `plan init --config` writes a commented starter.',
    example: 'rules:\n  overdeu: off',
  },
  'unused-suppression': {
    severity: 'warning',
    category: 'config',
    description: {
      en: 'A plan-disable comment that suppressed nothing.',
      'zh-CN': '“plan-disable”注释未屏蔽任何问题。',
    },
    details:
      'a `# plan-disable-next-line CODE` or `# plan-disable CODE` comment (or one code of it) that suppressed nothing: the problem was fixed, moved, or turned off by the config. As ESLint’s `--report-unused-disable-directives`',
    fix: 'Remove the comment (or the code from it), so a problem that comes back is seen.',
    example: '# plan-disable-next-line overdue -- 已报请延期\ndue: 2099-12',
  },
  'invalid-suppression': {
    severity: 'warning',
    category: 'config',
    description: {
      en: 'A plan-disable comment that names an unknown code, or none.',
      'zh-CN': '“plan-disable”注释中的问题代码不存在或未写代码。',
    },
    details:
      'a `# plan-disable…` comment that names a code `plan` does not have (suggests the nearest) or no code at all; it suppresses nothing',
    fix: 'Name the code as `plan check` prints it, e.g. `# plan-disable-next-line overdue -- reason`.',
    example: '# plan-disable-next-line overdu -- 已报请延期',
  },
} as const satisfies Record<string, CodeMeta>;

export type DiagnosticCode = keyof typeof diagnosticRegistry;

export const allCodes = Object.keys(diagnosticRegistry) as DiagnosticCode[];

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return Object.hasOwn(diagnosticRegistry, value);
}

/** Every code with its default severity. */
export const diagnosticCodes = Object.fromEntries(
  allCodes.map((code) => [code, diagnosticRegistry[code].severity]),
) as Record<DiagnosticCode, Severity>;

/** One line on each code, in English. */
export const codeDescriptions = Object.fromEntries(
  allCodes.map((code) => [code, diagnosticRegistry[code].description.en]),
) as Record<DiagnosticCode, string>;

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
