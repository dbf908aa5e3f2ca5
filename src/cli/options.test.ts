import { describe, expect, it } from 'vitest';
import { chooseLang, langFromEnv } from '../i18n/lang.js';
import { UsageError } from './io.js';
import { parseRuleOption, parseTodayOption, useColor } from './options.js';

describe('colour', () => {
  const tty = { isTTY: true };
  it('follows the terminal', () => {
    expect(useColor(undefined, {}, tty)).toBe(true);
    expect(useColor(undefined, {}, {})).toBe(false);
    expect(useColor(undefined, { TERM: 'dumb' }, tty)).toBe(false);
  });
  it('honours --no-color, NO_COLOR and FORCE_COLOR', () => {
    expect(useColor(false, { FORCE_COLOR: '1' }, tty)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '1' }, tty)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '' }, tty)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '1' }, {})).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '0' }, tty)).toBe(false);
  });
});

describe('language', () => {
  it('reads POSIX locale variables in order', () => {
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LANG: 'zh_TW.UTF-8' })).toBe('zh-TW');
    expect(langFromEnv({ LANG: 'zh_HK.UTF-8' })).toBe('zh-TW');
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'C' })).toBeUndefined();
  });
  it('prefers the flag, then the plan, then the environment', () => {
    expect(chooseLang('en', 'zh-TW', { LANG: 'zh_CN' })).toBe('en');
    expect(chooseLang(undefined, 'zh-TW', { LANG: 'zh_CN' })).toBe('zh-TW');
    expect(chooseLang(undefined, undefined, { LANG: 'zh_CN' })).toBe('zh-CN');
    expect(chooseLang(undefined, undefined, {})).toBe('en');
  });
});

describe('--today', () => {
  it('uses the local calendar date of the clock only when not given', () => {
    expect(parseTodayOption('2024-06-30')).toBe(19904);
    expect(parseTodayOption(undefined, () => new Date(2024, 5, 30, 23, 59))).toBe(19904);
    expect(() => parseTodayOption('2024-02-30')).toThrow(/YYYY-MM-DD/);
  });

  // 2023-07-10 is day 19548: 2023-01-01 is 19358, and 1 Jan → 10 Jul is
  // 31+28+31+30+31+30+9 = 190 days.
  it.each([
    '2023-07-10',
    '2023-7-10',
    '2023年7月10日',
    '2023年7月10号',
    '二〇二三年七月十日',
    '二零二三年七月十日',
    '２０２３年７月１０日',
    ' 2023-07-10 ',
  ])('takes %j, a day as plans write one', (value) => {
    expect(parseTodayOption(value)).toBe(19548);
  });

  it('reads a day of 二十一 and 三十一 by value, and 〇 as a year digit', () => {
    // 2023-12-31 is 19548 + 174 (11 Jul → 31 Dec: 21+31+30+31+30+31 = 174).
    expect(parseTodayOption('二〇二三年十二月三十一日')).toBe(19722);
    expect(parseTodayOption('二〇二三年十二月二十一日')).toBe(19712);
  });

  it.each<[string, RegExp]>([
    // a month, a dekad or a year is more than one day: no day is picked for it
    ['2023-07', /"2023-07" is more than one day: give the day, e\.g\. 2023-07-31/],
    ['2023年7月', /"2023年7月" is more than one day/],
    ['2023年7月上旬', /"2023年7月上旬" is more than one day: give the day, e\.g\. 2023-07-10/],
    ['2023', /"2023" is more than one day/],
    [
      '2023年7月',
      /^--today must be a date written YYYY-MM-DD \(or as a plan writes a day, e\.g\. 2023年7月10日\)/,
    ],
    ['7月10日', /"7月10日" has no year/],
    ['20xx-07-10', /"20xx-07-10" is a template placeholder/],
    ['二〇二三年二月三十日', /"二〇二三年二月三十日" does not exist/],
    ['2023/07/10', /not "2023\/07\/10"; did you mean 2023-07-10\?$/],
    ['ongoing', /not "ongoing"$/],
    ['yesterday', /not "yesterday"$/],
  ])('refuses %j as a usage error', (value, message) => {
    expect(() => parseTodayOption(value)).toThrow(UsageError);
    expect(() => parseTodayOption(value)).toThrow(message);
  });
});

describe('--rule CODE:SEVERITY', () => {
  it('adds to the rules before it; a later one for a code wins', () => {
    const first = parseRuleOption('overdue:off', {});
    expect(first).toEqual({ overdue: 'off' });
    expect(parseRuleOption('due-soon:warning', first)).toEqual({
      overdue: 'off',
      'due-soon': 'warning',
    });
    expect(parseRuleOption('overdue:error', first)).toEqual({ overdue: 'error' });
  });

  it('refuses an unknown code (naming the nearest), a bad severity, or no colon', () => {
    expect(() => parseRuleOption('overdeu:off', {})).toThrow(/did you mean overdue\?/);
    expect(() => parseRuleOption('overdue:warn', {})).toThrow(/off, info, warning or error/);
    expect(() => parseRuleOption('overdue', {})).toThrow(/off, info, warning or error/);
    expect(() => parseRuleOption('constructor:off', {})).toThrow(/no diagnostic code/);
  });
});
