import { describe, expect, it } from 'vitest';
import { chooseLang, langFromEnv } from '../i18n/lang.js';
import { parseTodayOption, useColor } from './options.js';

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
});
