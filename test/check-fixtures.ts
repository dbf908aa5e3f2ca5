/**
 * The broken plans under test/fixtures/check/, each with what `plan check`
 * must find in it as of 2024-06-30: every diagnostic as code and line (and
 * the suggestion where there is one), nothing more, nothing less. Shared by
 * the golden test and the behaviour tests.
 */
import type { DiagnosticCode } from '../src/diagnostics/codes.js';

export const FIXTURE_DIR = 'test/fixtures/check';
export const TODAY = '2024-06-30';

/** One expected diagnostic: code, 1-based line, and the suggestion if any. */
export type Expected = readonly [code: DiagnosticCode, line: number, suggestion?: string];

export interface Fixture {
  /** File name under test/fixtures/check/. */
  readonly name: string;
  readonly expected: readonly Expected[];
  /** Extra arguments the fixture needs (a smaller size limit …). */
  readonly args?: readonly string[];
}

export const fixtures: readonly Fixture[] = [
  // A key indented one space too far: js-yaml stops at the colon after it.
  { name: 'yaml-syntax-indent.yaml', expected: [['yaml-syntax', 6]] },
  // Reported at the second `due:`, not the first.
  { name: 'yaml-syntax-duplicate-key.yaml', expected: [['yaml-syntax', 7]] },
  // At the `---` that starts the second document.
  { name: 'yaml-syntax-two-documents.yaml', expected: [['yaml-syntax', 3]] },
  { name: 'yaml-syntax-tab.yaml', expected: [['yaml-syntax', 5]] },
  // The `[` opened on line 6 is never closed: at the bracket, not where the parser stopped (line 7).
  { name: 'yaml-syntax-unclosed-flow.yaml', expected: [['yaml-syntax', 6]] },
  // `title: [重点]全面提升`: at the value, with the value quoted as the fix.
  { name: 'yaml-syntax-quote.yaml', expected: [['yaml-syntax', 2, 'title: "[重点]全面提升"']] },
  // The quote opened on line 2 is never closed: at the quote, not at the end of the file.
  { name: 'yaml-syntax-unclosed-quote.yaml', expected: [['yaml-syntax', 2]] },
  // Pasted from Word/WPS: `title：` (line 3) and `due:2023-06` (line 8), not
  // the parser's complaint about line 4.
  {
    name: 'paste-fullwidth-colon.yaml',
    expected: [
      ['paste-artefact', 3, 'title: 全面提升医疗服务质量'],
      ['paste-artefact', 8, 'due: 2023-06'],
    ],
  },
  // `－ id: T1` and `lead: ［医务科，护理部］` parse, as strings: named all the same.
  {
    name: 'paste-dash-bracket.yaml',
    expected: [
      ['paste-artefact', 4, '- id: T1'],
      ['paste-artefact', 5, 'lead: [医务科, 护理部]'],
    ],
  },
  // `title:` then U+3000.
  {
    name: 'paste-wide-space.yaml',
    expected: [['paste-artefact', 2, 'title: 全面提升医疗服务质量']],
  },
  // ` #重点` after a title; `#` inside a quoted title and in a URL is text.
  {
    name: 'comment-in-text.yaml',
    expected: [['comment-in-text', 2, 'title: "全面提升医疗服务质量 #重点"']],
  },
  {
    name: 'schema.yaml',
    expected: [
      ['schema', 1], // missing title: the whole document
      ['schema', 1, '1'], // version: 2
      ['schema', 11, 'done'], // status: finished
      ['schema', 12], // progress: 150
      ['schema', 14], // title: [a list]
    ],
  },
  {
    name: 'unknown-key.yaml',
    expected: [
      ['unknown-key', 3, 'issuer'],
      ['unknown-key', 15, 'status'], // inside a sub-task
    ],
  },
  {
    name: 'invalid-date.yaml',
    expected: [
      ['invalid-date', 11], // 2023-02-30 does not exist
      ['invalid-date', 12, '2023-06-30'], // 2023/06/30
    ],
  },
  {
    name: 'yearless-date.yaml',
    expected: [
      // 3月1日 with a period from 2023-12-01 to 2024-03-01: only 2024 puts it inside.
      ['invalid-date', 8, '2024年3月1日'],
      ['invalid-date', 13, '2024年2月中旬'], // 二〇二四年二月中
    ],
  },
  { name: 'placeholder-date.yaml', expected: [['placeholder-date', 8]] },
  {
    name: 'duplicate-id.yaml',
    expected: [
      ['duplicate-id', 6], // goal G1
      ['duplicate-id', 14], // task T1
    ],
  },
  {
    name: 'unknown-reference.yaml',
    expected: [
      ['unknown-reference', 17, 'G1'], // goal
      ['unknown-reference', 18, 'implement'], // phase
      ['unknown-reference', 20, 'finance'], // unit
      ['unknown-reference', 27, 'T1'], // depends_on
    ],
  },
  {
    name: 'end-before-start.yaml',
    expected: [
      ['end-before-start', 10], // phase
      ['end-before-start', 16], // step
      ['end-before-start', 23], // task
    ],
  },
  { name: 'dependency-cycle.yaml', expected: [['dependency-cycle', 18]] },
  {
    name: 'outside-phase.yaml',
    expected: [
      ['outside-phase', 12], // step start
      ['outside-phase', 12], // step end
      ['outside-phase', 20], // task due
    ],
  },
  { name: 'starts-before-dependency.yaml', expected: [['starts-before-dependency', 17]] },
  { name: 'no-lead.yaml', expected: [['no-lead', 8]] },
  { name: 'goal-without-tasks.yaml', expected: [['goal-without-tasks', 6]] },
  {
    // The registered name (县财政局, 县卫生健康局) and the id (finance) are
    // silent; an alias and a name in the other script are not.
    name: 'unit-alias.yaml',
    expected: [
      ['unit-alias', 14, '县卫生健康局'], // the alias 县卫健局
      ['unit-alias', 20, '醫務科'], // 医务科, registered in traditional script
    ],
  },
  {
    // Never flagged: 医务科/医保科 and 内科/外科 (same length), 内科/神经内科
    // and 内科/内分泌科 (two characters), 社会保障局 inside
    // 人力资源和社会保障局 (no place before it).
    name: 'unit-alias-no-registry.yaml',
    expected: [
      ['unit-alias', 17, '县财政局'], // 财政局 under a place
      ['unit-alias', 17, '医务科'], // 醫務科: another script
      ['unit-alias', 23, '综合办公室'], // 綜合辦: another script, and its start
      ['unit-alias', 28, '总务后勤科'], // 总务科: an abbreviation
    ],
  },
  {
    // 人力资源和社会保障局, 发展和改革局, 住房和城乡建设局, 卫生健康委员会,
    // 党委办公室 and District Health Bureau (line 24) stay whole.
    name: 'several-units.yaml',
    expected: [
      ['several-units', 10, '[医务科, 护理部]'], // 医务科/护理部
      ['several-units', 11, '[医务科, 护理部]'], // 医务科和护理部
      ['several-units', 16, '[医务科, 护理部]'], // 医务科、护理部
      ['several-units', 17, '医务科, 护理部'], // U+3000 inside a list item
      ['several-units', 17, '质控科, 信息科'], // an ASCII comma inside a list item
    ],
  },
  // A collective unit's member the registry does not have.
  { name: 'unit-groups.yaml', expected: [['unknown-reference', 7]] },
  {
    name: 'status-progress.yaml',
    expected: [
      ['status-progress', 13], // done at 40%
      ['status-progress', 19], // todo at 100%
    ],
  },
  {
    name: 'overdue.yaml',
    expected: [
      ['overdue', 10], // phase
      ['overdue', 18], // task
      ['overdue', 21], // milestone
    ],
  },
  // As of 2024-06-30: T1 (due 2024-03-31, 91 days overdue) is silenced by the
  // comment above its due; T2 is due 2024-07-05, 5 days on (due-soon, within
  // 14), silenced by the file-wide comment, so its own comment silences
  // nothing (two codes, two findings); T3's comment names no real code, so
  // T3 (due 2024-04-30, 61 days overdue) is still reported.
  {
    name: 'suppressions.yaml',
    expected: [
      ['unused-suppression', 19],
      ['unused-suppression', 19],
      ['invalid-suppression', 27, 'overdue'],
      ['overdue', 28],
    ],
  },
  {
    name: 'overdue-month-precision.yaml',
    expected: [
      ['overdue', 11], // due 2023-06
      ['overdue', 17], // due 2023年上半年
    ],
  },
  { name: 'late-to-start.yaml', expected: [['late-to-start', 11]] },
  { name: 'behind-schedule.yaml', expected: [['behind-schedule', 14]] },
  { name: 'due-soon.yaml', expected: [['due-soon', 11]] },
  // 2024-10-01 is in 国庆 (10/1–10/7); 9/30 is a Monday and Saturday 10/12 a
  // make-up working day (调休), so neither of those is reported.
  { name: 'due-on-holiday.yaml', expected: [['due-on-holiday', 7]] },
  // The package publishes up to 2026: the 2027 quarters (and Q4 2027, due in
  // January 2028) are counted Monday to Friday, and said so once.
  { name: 'calendar-not-published.yaml', expected: [['calendar-not-published', 7]] },
  // As of 2024-06-30: April (due 4/28) has no update dated 3/29..4/28 (5/20
  // reports May); June's falls due 6/28, two days ago, with none since 5/28.
  {
    name: 'missed-occurrence.yaml',
    expected: [
      ['missed-occurrence', 11],
      ['missed-occurrence', 11],
    ],
  },
  // At the status, quoting the latest note (2024-06-20).
  { name: 'blocked.yaml', expected: [['blocked', 12]] },
  { name: 'done-after-today.yaml', expected: [['done-after-today', 13]] },
  // 0.6 where 60 was meant: 60% would be on schedule (序时进度 on 2024-06-30
  // is 121/306 = 39.5%), 0.6% is 38.9 points behind, red.
  {
    name: 'progress-fraction.yaml',
    expected: [
      ['behind-schedule', 14],
      ['progress-fraction', 14, '60'],
    ],
  },
  {
    name: 'lights-rule.yaml',
    expected: [
      ['schema', 6], // red 20 below yellow 30
      ['schema', 18], // checkpoint 2024-Q2 at 25% after 2024-Q1 at 30%
    ],
  },
  { name: 'target-at-risk.yaml', expected: [['target-at-risk', 8]] },
  {
    name: 'target-unreadable.yaml',
    expected: [
      ['target-unreadable', 9, '50%以下'], // 50%一下: a slip of the input method
      ['target-unreadable', 11], // 不超过8天以上 pulls both ways
      ['target-unreadable', 14], // tolerance 0.3人 against a target in 天
      ['target-unreadable', 17], // reference 中位数: no figure
      ['target-unreadable', 19], // 3-2项: the range is upside down
    ],
  },
  {
    name: 'target-placeholder.yaml',
    expected: [
      ['target-placeholder', 9], // XX%以上
      ['target-placeholder', 11], // x项
    ],
  },
  {
    name: 'target-not-computable.yaml',
    expected: [
      ['target-not-computable', 9], // 超过国家中位数, no reference
      ['target-not-computable', 11], // 同比下降8%, no reference
      // 同比下降5% from a reference of 12000元 is at most 11400元: computable, met.
    ],
  },
  {
    name: 'target-unit-mismatch.yaml',
    expected: [
      ['target-unit-mismatch', 11], // 21项 against >= 20人 (an older reading)
      ['target-unit-mismatch', 15], // 180个 against 200张以上
    ],
  },
  {
    name: 'actual-unreadable.yaml',
    expected: [
      ['actual-unreadable', 10], // 待统计 against >= 95%
      ['actual-unreadable', 13], // neither value nor achieved
    ],
  },
  {
    name: 'input-too-large.yaml',
    args: ['--max-bytes', '64'],
    expected: [['input-too-large', 1]],
  },
  // At its first character that is not UTF-8: the title's, line 2.
  { name: 'encoding-gb18030.yaml', expected: [['encoding', 2]] },
  { name: 'encoding-utf16.yaml', expected: [['encoding', 1]] },
  { name: 'encoding-binary.yaml', expected: [['encoding', 1]] },
  { name: 'empty.yaml', expected: [['schema', 1]] },
  // Valid apart from one overdue task; the BOM and CRLF must not shift lines.
  { name: 'bom-crlf.yaml', expected: [['overdue', 12]] },
  {
    name: 'proto-keys.yaml',
    expected: [
      ['unknown-key', 3],
      ['unknown-key', 7],
      ['unknown-key', 15],
    ],
  },
  {
    name: 'key-synonyms.yaml',
    expected: [
      ['unknown-key', 9, 'lead'],
      ['unknown-key', 10, 'due'],
      ['overdue', 10],
      ['unknown-key', 13, 'due'],
      ['invalid-date', 13],
    ],
  },
  // As of 2024-06-30 only 动员部署阶段 (ended 2023-03-31, no task, no status).
  { name: 'untracked-phase.yaml', expected: [['untracked-phase', 9]] },
  { name: 'alias-bomb.yaml', expected: [['yaml-syntax', 8]] },
  { name: 'deep-nesting.yaml', expected: [['yaml-syntax', 3]] },
];

/** Fixtures whose stylish output is also kept in Chinese, simplified and traditional. */
export const translatedFixtures = [
  'paste-fullwidth-colon.yaml',
  'paste-dash-bracket.yaml',
  'paste-wide-space.yaml',
  'comment-in-text.yaml',
  'untracked-phase.yaml',
  'yaml-syntax-quote.yaml',
  'yaml-syntax-unclosed-quote.yaml',
  'schema.yaml',
  'unknown-reference.yaml',
  'yaml-syntax-duplicate-key.yaml',
  'overdue.yaml',
  'encoding-gb18030.yaml',
  'target-at-risk.yaml',
  'target-unreadable.yaml',
  'target-not-computable.yaml',
  'behind-schedule.yaml',
  'yearless-date.yaml',
  'blocked.yaml',
  'progress-fraction.yaml',
  'lights-rule.yaml',
  'unit-alias.yaml',
  'unit-alias-no-registry.yaml',
  'several-units.yaml',
  'suppressions.yaml',
];

export const formats = ['stylish', 'json', 'github', 'sarif'] as const;

/** `plan check` arguments for one fixture in one format. */
export function fixtureArgs(
  fixture: Fixture,
  format: string,
  lang = 'en',
  today = TODAY,
): string[] {
  return [
    'check',
    `${FIXTURE_DIR}/${fixture.name}`,
    '--today',
    today,
    '--lang',
    lang,
    '--format',
    format,
    ...(fixture.args ?? []),
  ];
}
