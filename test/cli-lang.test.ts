/**
 * Which language the CLI speaks, through the built binary: `--lang`, else
 * the environment (LANG=C is English; zh_CN → zh-CN; zh_TW → zh-TW) for the
 * CLI's own words, and a plan's own `locale` for its messages unless
 * `--lang` is given. Help texts are golden in each language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { commands } from '../src/cli/commands/index.js';
import { addCommonOptions } from '../src/cli/main.js';
import { helpText } from '../src/i18n/cli-messages.js';
import { langs } from '../src/i18n/lang.js';
import { expectGolden } from './helpers/golden.js';
import { runInProcess } from './helpers/run-in-process.js';
import { runCli, scenario } from './helpers/run-cli.js';

const NO_LOCALE = 'test/fixtures/check/overdue.yaml';
/** Has `locale: zh-CN` and does not parse (a full-width colon). */
const ZH_CN_BROKEN = 'test/fixtures/check/paste-fullwidth-colon.yaml';
const TODAY = ['--today', '2024-06-30'];

const environments = [
  { name: 'LANG=C', env: { LANG: 'C' }, args: [], lang: 'en' },
  { name: 'LANG=zh_CN.UTF-8', env: { LANG: 'zh_CN.UTF-8' }, args: [], lang: 'zh-CN' },
  { name: 'LANG=zh_TW.UTF-8', env: { LANG: 'zh_TW.UTF-8' }, args: [], lang: 'zh-TW' },
  {
    name: '--lang zh-TW under LANG=zh_CN',
    env: { LANG: 'zh_CN.UTF-8' },
    args: ['--lang', 'zh-TW'],
    lang: 'zh-TW',
  },
  {
    name: '--lang en under LANG=zh_TW',
    env: { LANG: 'zh_TW.UTF-8' },
    args: ['--lang', 'en'],
    lang: 'en',
  },
] as const;

/** Words that only one language would print, for each thing checked. */
const expected = {
  en: { check: 'checked', table: 'Lead', help: 'Options:', option: 'is not valid' },
  'zh-CN': { check: '已检查', table: '牵头单位', help: '选项：', option: '无效' },
  'zh-TW': { check: '已檢查', table: '牽頭單位', help: '選項：', option: '無效' },
} as const;

describe('the language of each run', () => {
  for (const { name, env, args, lang } of environments) {
    const words = expected[lang];
    it(`${name} → ${lang}: check, a view, --help and an option error`, () => {
      const check = runCli(['check', NO_LOCALE, ...TODAY, ...args], { env });
      expect(check.stdout).toContain(words.check);
      const table = runCli(['table', NO_LOCALE, ...TODAY, '--format', 'md', ...args], { env });
      expect(table.stdout).toContain(words.table);
      const help = runCli(['table', '--help', ...args], { env });
      expect(help.stdout).toContain(words.help);
      const option = runCli(['table', NO_LOCALE, '--status', 'stuck', ...args], { env });
      expect(option.stderr).toContain(words.option);
      expect(option.code).toBe(2);
      for (const other of langs.filter((l) => expected[l].help !== words.help)) {
        expect(help.stdout).not.toContain(expected[other].help);
      }
    });
  }

  it('a plan’s locale over the environment, but not over --lang', () => {
    // LANG=C: the zh-CN plan's messages are still Chinese, the closing line too.
    const own = runCli(['check', ZH_CN_BROKEN, ...TODAY], { env: { LANG: 'C' } });
    expect(own.stdout).toContain('全角冒号');
    expect(own.stdout).not.toMatch(/bad indentation|mapping entry/);
    const flag = runCli(['check', ZH_CN_BROKEN, ...TODAY, '--lang', 'en'], {
      env: { LANG: 'zh_CN.UTF-8' },
    });
    expect(flag.stdout).toContain('full-width colon');
  });

  it('commander’s own errors, by code, with the hint, exit 2', () => {
    const env = { LANG: 'zh_CN.UTF-8' };
    const unknown = runCli(['check', '--fromat', 'json'], { env });
    expect(unknown.stderr).toBe(
      '错误：选项“--fromat”不存在（是否应为 --format？）\n（运行 plan --help 查看用法）\n',
    );
    expect(unknown.code).toBe(2);
    const command = runCli(['chek'], { env: { LANG: 'zh_TW.UTF-8' } });
    expect(command.stderr).toContain('命令「chek」不存在（是否應為 check？）');
    const missing = runCli(['check', '--format'], { env });
    expect(missing.stderr).toContain('选项“-f, --format <format>”后须填写取值');
    const many = runCli(['schema', 'plan', 'report'], { env });
    expect(many.stderr).toContain('参数过多，应为 1 个，实际给出 2 个');
    // English stays as commander writes it.
    const en = runCli(['check', '--fromat', 'json']);
    expect(en.stderr).toBe(
      "error: unknown option '--fromat'\n(Did you mean --format?)\n(run plan --help for usage)\n",
    );
  });

  it('a status given in the words of a plan is told its code', () => {
    const result = runCli(['table', NO_LOCALE, '--status', '受阻'], {
      env: { LANG: 'zh_CN.UTF-8' },
    });
    expect(result.stderr).toBe('plan: --status 应填写状态代码：“受阻”请写作 blocked\n');
    const en = runCli(['table', NO_LOCALE, '--status', '受阻']);
    expect(en.stderr).toBe('plan: --status "受阻" is not valid: write the status as blocked\n');
  });

  it('plan init says what it wrote, or could not, in the language it writes the plan in', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plan-init-lang-'));
    try {
      const wrote = runCli(['init', 'x.yaml', '--lang', 'zh-TW'], { cwd: folder });
      expect(wrote.stderr).toBe('plan: 已寫入 x.yaml，並寫入供編輯器使用的 plan.schema.json\n');
      const exists = runCli(['init', 'x.yaml', '--lang', 'zh-CN'], { cwd: folder });
      expect(exists.stderr).toBe('plan: x.yaml 已存在；plan init 不会覆盖已有文件\n');
      const en = runCli(['init', 'y.yaml'], { cwd: folder });
      expect(en.stderr).toBe('plan: wrote y.yaml\n');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    // A path through a plain file: the write's own error, not an internal one.
    const through = runCli(['init', '/dev/null/x.yaml', '--lang', 'zh-TW']);
    expect(through.stderr).toBe('plan: 無法寫入 /dev/null/x.yaml：ENOTDIR\n');
  });
});

describe('help in three languages', () => {
  it('the English catalogue says what the commands declare, for every command, argument and option', () => {
    const program = new Command('plan');
    const io = {
      env: {},
      cwd: '/',
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    };
    for (const add of commands) add(program, io, '0', () => undefined);
    for (const command of program.commands) addCommonOptions(command);
    const declared: [string, string][] = program.commands.flatMap((command) => [
      [command.name(), command.description()] as [string, string],
      ...command.registeredArguments.map(
        (argument) =>
          [`${command.name()} <${argument.name()}>`, argument.description] as [string, string],
      ),
      ...command.options
        .filter((option) => option.long !== undefined)
        .map(
          (option) => [`${command.name()} ${option.long}`, option.description] as [string, string],
        ),
    ]);
    const english = helpText('en');
    const said = declared.map(([key]) => {
      const [command, ...rest] = key.split(' ');
      return [key, english(command!, rest.join(' '))] as [string, string | undefined];
    });
    expect(said).toEqual(declared);
    expect(declared.length).toBeGreaterThan(60);
  });

  for (const lang of langs) {
    it(`matches its golden text in ${lang}`, () => {
      const runs = [['--help'], ['check', '--help'], ['table', '--help']].map((args) => {
        const full = [...args, '--lang', lang];
        return scenario(full, runCli(full));
      });
      expectGolden(`cli/help.${lang}.txt`, runs.join('\n'));
    });
  }

  it('has Chinese words for every command, argument and option', async () => {
    // Every command the program lists, so a new one cannot be forgotten.
    const programHelp = (await runInProcess(['--help', '--lang', 'en'])).stdout.toString('utf8');
    const commands = programHelp
      .slice(programHelp.indexOf('Commands:'))
      .split('\n')
      .map((line) => /^ {2}([a-z]+) /.exec(line)?.[1])
      .filter((name): name is string => name !== undefined && name !== 'help');
    expect(commands).toContain('fix');
    for (const lang of ['zh-CN', 'zh-TW'] as const) {
      for (const command of commands) {
        const { stdout } = await runInProcess([command, '--help', '--lang', lang]);
        const items = stdout
          .toString('utf8')
          .split('\n')
          .filter((line) => /^ {2}\S/.test(line));
        // Every listed item's description has Chinese in it, or is only names (`ics`).
        const english = items.filter(
          (line) => /\s{2,}[^\s].*[a-z]{4,} [a-z]{2,}/.test(line) && !/[\u4e00-\u9fff]/.test(line),
        );
        expect(english, `${lang} ${command}`).toEqual([]);
      }
    }
  });
});
