/**
 * The language of a run over pasted plans, through the built binary: each
 * plan's messages in its own `locale` unless `--lang`; the environment
 * (LC_ALL over LANG) for a plan without one, also when it cannot be read or
 * is empty; `LANG=C` is English. Issue 9, item 5.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseText } from './paste/bases.js';
import { encodeGbk } from './paste/encode.js';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-paste-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A plan with a full-width colon after the first task's title (line 7, column 10). */
function pasted(name: string, lang: 'zh-CN' | 'zh-TW' | 'en', locale = true): string {
  let text = baseText(lang).replace('    title: ', '    title：');
  if (!locale) text = text.replace(`locale: ${lang}\n`, '');
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const cn = pasted('cn.yaml', 'zh-CN');
const cn2 = pasted('cn2.yaml', 'zh-CN');
const tw = pasted('tw.yaml', 'zh-TW');
const en = pasted('en.yaml', 'en');
/** No locale: the colon is then on line 6. */
const bare = pasted('bare.yaml', 'zh-CN', false);
const empty = join(dir, 'empty.yaml');
writeFileSync(empty, '');
const gbk = join(dir, 'gbk.yaml');
writeFileSync(gbk, encodeGbk(baseText('zh-CN')));

/** The words of the full-width colon message in each language. */
const colon = { 'zh-CN': '全角冒号', 'zh-TW': '全形冒號', en: 'full-width colon' } as const;

interface Reported {
  file: string;
  line: number;
  column: number;
  message: string;
}

function check(files: string[], env: Record<string, string>, args: string[] = []): Reported[] {
  const result = runCli(['check', ...files, '--today', '2024-03-01', '-f', 'json', ...args], {
    env,
  });
  expect(result.code).toBe(1);
  return (JSON.parse(result.stdout) as { diagnostics: Reported[] }).diagnostics;
}

describe('each plan in its own language', () => {
  it("the summary line speaks the files' one language, else the environment's", () => {
    const summary = (files: string[], env: Record<string, string>) =>
      runCli(['check', ...files, '--today', '2024-03-01'], { env })
        .stdout.trim()
        .split('\n')
        .at(-1);
    // Two zh-CN plans under LANG=C: every file speaks Chinese, so does the summary.
    expect(summary([cn, cn2], { LANG: 'C' })).toContain('已检查 2 个文件');
    // A zh-CN and an en plan: they differ, so the environment's language.
    expect(summary([cn, en], { LANG: 'C' })).toContain('2 files checked');
    expect(summary([en, cn], { LANG: 'zh_TW.UTF-8' })).toContain('已檢查 2 個檔案');
    // A plan without a locale speaks the environment's language too.
    expect(summary([bare, cn], { LANG: 'zh_CN.UTF-8' })).toContain('已检查 2 个文件');
    expect(summary([bare, cn], { LANG: 'C' })).toContain('2 files checked');
  });

  it('three plans with three locales in one check, under LANG=C and LANG=zh_CN', () => {
    for (const env of [{ LANG: 'C' }, { LANG: 'zh_CN.UTF-8' }, { LANG: 'zh_TW.UTF-8' }]) {
      const [a, b, c] = check([cn, tw, en], env);
      expect([a?.line, a?.column]).toEqual([7, 10]);
      expect(a?.message).toContain(colon['zh-CN']);
      expect(b?.message).toContain(colon['zh-TW']);
      expect(c?.message).toContain(colon.en);
    }
  });

  it('--lang over every plan’s locale', () => {
    const all = check([cn, tw, en], { LANG: 'zh_CN.UTF-8' }, ['--lang', 'zh-TW']);
    expect(all.map((d) => d.message.includes(colon['zh-TW']))).toEqual([true, true, true]);
  });

  it('a plan without a locale follows the environment: LC_ALL over LANG, LANG=C English', () => {
    expect(check([bare], { LANG: 'C' })[0]?.message).toContain(colon.en);
    expect(check([bare], { LANG: 'zh_CN.UTF-8' })[0]?.message).toContain(colon['zh-CN']);
    expect(check([bare], { LANG: 'zh_TW.UTF-8' })[0]?.message).toContain(colon['zh-TW']);
    expect(check([bare], { LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' })[0]?.message).toContain(
      colon['zh-TW'],
    );
    expect(check([bare], { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })[0]?.message).toContain(colon.en);
    // Beside a zh-TW plan, it still follows the environment, not its neighbour.
    const [own, neighbour] = check([bare, tw], { LANG: 'zh_CN.UTF-8' });
    expect(own?.message).toContain(colon['zh-CN']);
    expect(neighbour?.message).toContain(colon['zh-TW']);
  });

  it('an empty file speaks the environment’s language', () => {
    expect(check([empty], { LANG: 'zh_CN.UTF-8' })[0]?.message).toBe(
      '文件是空的：方案至少需要 version 和 title',
    );
    expect(check([empty], { LANG: 'C' })[0]?.message).toContain('the file is empty');
  });

  it('a zh-CN plan saved as GBK is told so in Chinese under LANG=C, at its first Chinese character', () => {
    // `title: ` is seven characters: the plan's title starts at line 2, column 8.
    const [d] = check([gbk], { LANG: 'C' });
    expect([d?.line, d?.column]).toEqual([2, 8]);
    expect(d?.message).toContain('不是 UTF-8 编码，可能是 GB18030');
    expect(check([gbk], { LANG: 'C' }, ['--lang', 'en'])[0]?.message).toContain('not UTF-8');
  });
});

describe('views, help and option errors under each environment', () => {
  it('table of a zh-TW plan under LANG=C has zh-TW headings; --lang en English', () => {
    const plan = join(dir, 'tw-clean.yaml');
    writeFileSync(plan, baseText('zh-TW'));
    const own = runCli(['table', plan, '--today', '2024-03-01', '-f', 'md'], {
      env: { LANG: 'C' },
    });
    expect(own.stdout).toContain('牽頭單位');
    const flag = runCli(['table', plan, '--today', '2024-03-01', '-f', 'md', '--lang', 'en'], {
      env: { LANG: 'zh_TW.UTF-8' },
    });
    expect(flag.stdout).toContain('Lead');
    expect(flag.stdout).not.toContain('牽頭單位');
  });

  it('LC_ALL over LANG for --help and an option error', () => {
    const help = runCli(['check', '--help'], {
      env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' },
    });
    expect(help.stdout).toContain('选项：');
    const clean = join(dir, 'cn-clean.yaml');
    writeFileSync(clean, baseText('zh-CN'));
    const option = runCli(['table', clean, '--status', 'stuck'], {
      env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' },
    });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('is not valid');
    expect(option.stderr).not.toMatch(/\p{Script=Han}{2}/u);
  });
});
