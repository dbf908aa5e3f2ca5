import { describe, expect, it } from 'vitest';
import { cliLang, langFromArgv } from './cli-lang.js';

describe('the CLI’s language', () => {
  it('follows the environment: zh_CN and zh_SG → zh-CN; zh_TW, zh_HK, zh_MO → zh-TW', () => {
    expect(cliLang([], { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLang([], { LANG: 'zh_SG.UTF-8' })).toBe('zh-CN');
    expect(cliLang([], { LANG: 'zh_TW.UTF-8' })).toBe('zh-TW');
    expect(cliLang([], { LANG: 'zh_HK.UTF-8' })).toBe('zh-TW');
    expect(cliLang([], { LANG: 'zh_MO' })).toBe('zh-TW');
  });

  it('is English for C, POSIX, other languages and no setting', () => {
    expect(cliLang([], { LANG: 'C' })).toBe('en');
    expect(cliLang([], { LANG: 'POSIX' })).toBe('en');
    expect(cliLang([], { LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLang([], { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLang([], {})).toBe('en');
  });

  it('takes LC_ALL over LC_MESSAGES over LANG', () => {
    expect(cliLang([], { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLang([], { LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('zh-TW');
    expect(cliLang([], { LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'C' })).toBe('zh-CN');
  });

  it('takes --lang over the environment, in either spelling, the last one winning', () => {
    expect(cliLang(['check', '--lang', 'zh-TW'], { LANG: 'zh_CN.UTF-8' })).toBe('zh-TW');
    expect(cliLang(['--lang=zh-CN', '--help'], { LANG: 'C' })).toBe('zh-CN');
    expect(langFromArgv(['--lang', 'en', '--lang', 'zh-CN'])).toBe('zh-CN');
  });

  it('leaves a --lang that is no language to the environment, and stops at --', () => {
    expect(cliLang(['--lang', 'fr'], { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromArgv(['--', '--lang', 'zh-CN'])).toBeUndefined();
    expect(langFromArgv(['--lang'])).toBeUndefined();
  });
});
