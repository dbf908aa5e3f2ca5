/**
 * The iCalendar renderer on its own: escaping and folding checked against
 * RFC 5545 and read back by ical.js, on the export fixtures and on
 * arbitrary text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../src/dates/index.js';
import type { Lang } from '../src/i18n/lang.js';
import {
  escapeText,
  exportIcs,
  foldLine,
  icsDate,
  MAX_LINE_OCTETS,
  renderIcs,
} from '../src/render/export/ics.js';
import { calendarEvents } from '../src/views/calendar-events.js';
import {
  AS_OF,
  basicFixture,
  expandIcs,
  expectFraming,
  hostileFixture,
  isWellFormed,
  loadPlan,
  physicalLines,
  readIcs,
  unfold,
} from './export-helpers.js';

const today = parseIsoDay(AS_OF)!;

/** One calendar holding a single event whose summary is `text`. */
function calendarWithSummary(text: string): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    'BEGIN:VEVENT',
    'UID:x',
    'DTSTAMP:20240630T000000Z',
    'DTSTART;VALUE=DATE:20240630',
    'DTEND;VALUE=DATE:20240701',
    foldLine(`SUMMARY:${escapeText(text)}`),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(escapeText('一\r\n二\r三')).toBe('一\\n二\\n三');
  });

  it('leaves text that needs nothing alone, colons and quotes included', () => {
    const text = '完成时限：2024年6月底 "quoted" key:value <b>';
    expect(escapeText(text)).toBe(text);
  });

  it('shows controls as pictures: TEXT may not hold them', () => {
    expect(escapeText('\u001b[2J\u0000\u007f')).toBe('\u241b[2J\u2400\u2421');
    expect(escapeText('\u202e反转')).toBe('\uFFFD反转');
    expect(escapeText('制\t表')).toBe('制\t表');
  });

  it('round-trips any text through ical.js, controls made visible', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const parsed = readIcs(calendarWithSummary(text));
        const visible = text
          .replace(/\r\n|\r/g, '\n')
          .replace(/[\u0000-\u0008\u000b-\u001f]/g, (ch) =>
            String.fromCharCode(0x2400 + ch.charCodeAt(0)),
          )
          .replace(/\u007f/g, '\u2421')
          .replace(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
        // A lone surrogate cannot be written as UTF-8; everything else is exact.
        fc.pre(isWellFormed(visible));
        expect(parsed.events[0]!.summary).toBe(visible);
      }),
      { numRuns: 150 },
    );
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets whole and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('never splits a Chinese character: 25 fit, and the 26th goes on', () => {
    const line = '中'.repeat(30);
    expect(foldLine(line)).toBe(`${'中'.repeat(25)}\r\n ${'中'.repeat(5)}`);
    // Shifted by one ASCII octet, 24 fit and three octets are left unused.
    expect(foldLine(`a${line}`)).toBe(`a${'中'.repeat(24)}\r\n ${'中'.repeat(6)}`);
  });

  it('never splits a surrogate pair or an escape', () => {
    const emoji = `${'x'.repeat(73)}😀y`;
    expect(foldLine(emoji)).toBe(`${'x'.repeat(73)}\r\n 😀y`);
    const escaped = `${'x'.repeat(74)}\\nabc`;
    expect(foldLine(escaped)).toBe(`${'x'.repeat(74)}\r\n \\nabc`);
  });

  it('keeps every physical line within 75 octets, and unfolds to the line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (raw) => {
        const line = `SUMMARY:${escapeText(raw)}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) {
          expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          expect(isWellFormed(physical)).toBe(true);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
      { numRuns: 300 },
    );
  });
});

describe('icsDate', () => {
  it('writes DATE values with four-digit years', () => {
    expect(icsDate(parseIsoDay('2024-02-29')!)).toBe('20240229');
    expect(icsDate(parseIsoDay('0999-01-01')!)).toBe('09990101');
  });
});

describe.each<[string, Lang]>([
  [basicFixture, 'zh-CN'],
  [basicFixture, 'zh-TW'],
  [basicFixture, 'en'],
  [hostileFixture, 'en'],
  [hostileFixture, 'zh-CN'],
])('renderIcs(%s, %s)', (file, lang) => {
  const plan = loadPlan(file);
  const view = calendarEvents(plan, { today });
  const text = renderIcs(view, { lang });
  // Read inside each test, so that a broken file fails tests, not collection.
  const parsed = () => readIcs(text);

  it('ends every line in CRLF and keeps it within 75 octets, characters whole', () => {
    expectFraming(text);
  });

  it('is a calendar ical.js reads, named after the plan', () => {
    expect(parsed().version).toBe('2.0');
    expect(parsed().prodid).toBe('-//plan-compiler//plan//EN');
    expect(parsed().calscale).toBe('GREGORIAN');
    expect(parsed().name).toBe(escapeRoundTrip(plan.meta.title));
  });

  it('holds one VEVENT per calendar event, with their all-day dates', () => {
    expect(parsed().events).toHaveLength(view.events.length);
    parsed().events.forEach((event, index) => {
      const expected = view.events[index]!;
      expect(event.uid).toBe(expected.uid);
      expect(event.startIsDate && event.endIsDate).toBe(true);
      expect(event.start).toBe(formatIsoDay(expected.first));
      // DTEND is exclusive: the day after the last day.
      expect(event.end).toBe(formatIsoDay(expected.last + 1));
      expect(event.stamp).toBe('2024-06-30T00:00:00Z');
      expect(event.status).toBe(expected.cancelled ? 'CANCELLED' : 'CONFIRMED');
      expect(event.transp).toBe('TRANSPARENT');
      expect(event.categories).toHaveLength(1);
    });
  });

  it('gives every summary the title exactly, and the plan title in every description', () => {
    parsed().events.forEach((event, index) => {
      const expected = view.events[index]!;
      expect(event.summary.endsWith(` ${escapeRoundTrip(expected.title)}`)).toBe(true);
      expect(event.description).toContain(escapeRoundTrip(plan.meta.title));
    });
  });

  it('has unique UIDs, the same on a second run', () => {
    const uids = parsed().events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(renderIcs(calendarEvents(loadPlan(file), { today }), { lang })).toBe(text);
  });
});

/** What a title reads as after a trip through the file: line breaks as LF, controls as pictures. */
function escapeRoundTrip(text: string): string {
  return readIcs(calendarWithSummary(text)).events[0]!.summary;
}

describe('the basic fixture', () => {
  const plan = loadPlan(basicFixture);
  const read = (lang: Lang) => readIcs(exportIcs(plan, { lang, today }));

  it('has the events a planning officer expects, on the right days', () => {
    const events = read('zh-CN').events.map((event) => [event.summary, event.start, event.end]);
    expect(events).toEqual([
      ['【阶段】 动员部署阶段', '2024-01-01', '2024-02-01'],
      ['【阶段】 组织实施阶段', '2024-02-01', '2024-11-01'],
      ['【步骤】 环境形象提升', '2024-02-15', '2024-05-01'],
      ['【步骤】 制度完善', '2024-06-30', '2024-07-01'],
      ['【阶段】 总结评估阶段', '2024-10-01', '2025-01-01'],
      ['【阶段】 试点阶段（取消）', '2024-03-01', '2024-06-01'],
      ['【步骤】 试点科室遴选', '2024-03-01', '2024-04-01'],
      ['【到期】 1 全面推行预约诊疗服务', '2024-12-31', '2025-01-01'],
      ['【到期】 1.1 开通分时段预约', '2024-12-31', '2025-01-01'],
      ['【到期】 1.2 推广诊间预约', '2024-06-30', '2024-07-01'],
      ['【到期】 2 优化急诊急救流程', '2024-09-30', '2024-10-01'],
      ['【到期】 3 改善住院服务', '2024-06-30', '2024-07-01'],
      ['【到期】 4 开展满意度调查', '2024-06-15', '2024-06-16'],
      // One series for the monthly duty: its first occurrence, then its rule.
      ['【到期】 5 每月报送工作进展', '2024-01-31', '2024-02-01'],
      ['【到期】 7 建设智慧医院（取消）', '2024-09-30', '2024-10-01'],
      ['【到期】 （八） 年度总结', '2024-12-31', '2025-01-01'],
      ['【节点】 上报半年总结', '2024-07-10', '2024-07-11'],
      ['【节点】 召开推进会', '2024-03-31', '2024-04-01'],
      ['【节点】 现场观摩（取消）', '2024-05-20', '2024-05-21'],
    ]);
  });

  it('describes a task with its units, people, dates, status, progress and latest note', () => {
    const event = read('zh-CN').events[7]!;
    expect(event.description.split('\n')).toEqual([
      '牵头单位：县卫生健康局',
      '配合单位：县财政局、县人民医院',
      '责任领导：分管副局长',
      '责任人：医政股',
      '完成时限：2024年',
      '状态：进行中',
      '进度：45%',
      '进展情况：完成方案制定（2024年3月31日）',
      '阶段：组织实施阶段',
      '方案：县人民医院改善医疗服务行动实施方案',
    ]);
    expect(event.categories).toEqual(['任务']);
  });

  it('writes a period once when start and end agree, and a half-open one in words', () => {
    const periods = (lang: Lang) =>
      read(lang)
        .events.slice(0, 4)
        .map((event) => event.description.split('\n')[0]);
    expect(periods('zh-CN')).toEqual([
      '时间：2024年1月',
      '时间：2024年2月—2024年10月',
      '时间：2024年2月15日—2024年4月30日',
      '时间：截至2024年6月',
    ]);
    expect(periods('en')).toEqual([
      'Period: 2024-01',
      'Period: 2024-02 – 2024-10',
      'Period: 2024-02-15 – 2024-04-30',
      'Period: until 2024-06',
    ]);
  });

  it('keeps finished items, with the day they were done', () => {
    const events = read('en').events;
    expect(events[8]!.summary).toBe('[Due] 1.1 开通分时段预约');
    expect(events[8]!.status).toBe('CONFIRMED');
    expect(events[8]!.description).toContain('Status: done\nDone on: 2024-04-18\nProgress: 100%');
    expect(events[17]!.description).toContain('Done on: 2024-03-12');
    expect(events[14]!.status).toBe('CANCELLED');
  });

  it('writes a recurring duty as one series that expands to its occurrences', () => {
    const text = exportIcs(plan, { lang: 'en', today });
    const recurring = readIcs(text).events.filter((event) => event.summary.startsWith('[Due] 5 '));
    expect(recurring).toHaveLength(1);
    expect(recurring[0]!.description.split('\n')[2]).toBe('Repeats: monthly (4 times)');
    expect(unfold(text)).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20240430');
    // Month ends of 2024-01..2024-04, February's in a leap year.
    expect(expandIcs(text).get('[Due] 5 每月报送工作进展')).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
  });

  it('speaks each language', () => {
    const kinds = (lang: Lang) => read(lang).events.map((event) => event.categories[0]);
    expect(new Set(kinds('en'))).toEqual(new Set(['phase', 'step', 'task', 'milestone']));
    expect(new Set(kinds('zh-CN'))).toEqual(new Set(['阶段', '步骤', '任务', '节点']));
    expect(new Set(kinds('zh-TW'))).toEqual(new Set(['階段', '步驟', '任務', '節點']));
    expect(read('en').events[0]!.summary).toBe('[Phase] 动员部署阶段');
    // Plan text stays as written; only the words of the tool are translated.
    expect(read('zh-TW').events[16]!.summary).toBe('【節點】 上报半年总结');
    expect(read('en').events[5]!.description).toContain('Period: 2024-03 – 2024-05');
    expect(read('zh-TW').events[5]!.description).toContain('狀態：已取消');
  });

  it('uses no clock: another today changes only DTSTAMP', () => {
    const a = exportIcs(plan, { lang: 'en', today });
    const b = exportIcs(plan, { lang: 'en', today: parseIsoDay('2024-07-01')! });
    expect(b).not.toBe(a);
    expect(b.replaceAll('DTSTAMP:20240701T000000Z', 'DTSTAMP:20240630T000000Z')).toBe(a);
  });
});

describe('the hostile fixture', () => {
  const plan = loadPlan(hostileFixture);
  const text = exportIcs(plan, { lang: 'en', today });
  // Read inside each test, so that a broken file fails tests, not collection.
  const parsed = () => readIcs(text);

  it('round-trips every summary exactly, escapes unescaped and folds undone', () => {
    expect(parsed().name).toBe('方案, 甲; 乙\\丙\n第二行 \u241b[2J');
    expect(parsed().events.map((event) => event.summary)).toEqual([
      '[Phase] 阶段;一,\\二\n三 \u241b[H',
      '[Step] 步骤\nEND:VEVENT\nBEGIN:VEVENT',
      '[Due] 1 a,b;c\\d\ne',
      '[Due] 2 \u241b[2J\u241b[H清屏\uFFFD反转\t制表 <script>x</script>',
      `[Due] 3 ${plan.allTasks[2]!.title}`,
      `[Due] 4 ${plan.allTasks[3]!.title}`,
      `[Due] 5 ${plan.allTasks[4]!.title}`,
      `[Due] 6 ${'\\'.repeat(40)};;;;,,,,\n\n\n`,
      '[Milestone] 里程碑: 一; 二, 三 \\ 四',
    ]);
  });

  it('keeps unit names with commas whole and notes with CRLF as line breaks', () => {
    const [phase, , task] = parsed().events;
    expect(task!.description.split('\n').slice(0, 2)).toEqual([
      'Lead: 卫健委, 财政局; 医保局',
      'Support: \u241b[31m红色单位\\',
    ]);
    expect(task!.description).toContain('Latest progress: 进展: 一,二;三\\四\n五 (2024-02-01)');
    expect(phase!.description).toContain('Notes: 说明\n第二行\nCR');
  });

  it('lets no text break out of its property', () => {
    expect(text).not.toContain('\u001b');
    const contentLines = unfold(text);
    expect(contentLines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(9);
    expect(contentLines.filter((line) => line === 'END:VEVENT')).toHaveLength(9);
  });

  it('folds the long Chinese and emoji titles on character boundaries', () => {
    expectFraming(text);
    const folded = physicalLines(text).filter((line) => line.startsWith(' '));
    expect(folded.length).toBeGreaterThan(10);
    // The Chinese title needs several continuation lines of its own.
    const summary = text.slice(text.indexOf('SUMMARY:[Due] 3 '));
    expect(summary.split('\r\nDESCRIPTION')[0]!.split('\r\n').length).toBeGreaterThan(4);
  });
});
