import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import { toDiagnostics } from '../pipeline/word-findings.js';
import type { Lang } from '../i18n/lang.js';
import { knownKeys, localeInText, scanPasteArtefacts } from './paste-scan.js';

/** Diagnostics of a plan text, as [code, line, column, suggestion]. */
function found(text: string, lang: Lang = 'en') {
  const compiled = compilePlan('p.yaml', text);
  return toDiagnostics(compiled, compiled.findings, lang).map((d) => [
    d.code,
    d.line,
    d.column,
    d.suggestion,
    d.message,
  ]);
}

const plan = (body: string): string => `version: 1\ntitle: 方案\ntasks:\n${body}`;

describe('paste artefacts', () => {
  it('a full-width colon after a key, at the colon (line 3, column 6), in each language', () => {
    const text = 'version: 1\nlocale: zh-CN\ntitle：全面提升\ntasks: []\n';
    const [d] = found(text, 'zh-CN');
    expect(d?.slice(0, 4)).toEqual(['paste-artefact', 3, 6, 'title: 全面提升']);
    expect(d?.[4]).toContain('全角冒号“：”');
    expect(found(text, 'zh-TW')[0]?.[4]).toContain('全形冒號「：」');
    expect(found(text, 'en')[0]?.[4]).toContain('full-width colon');
    expect(compilePlan('p.yaml', text).locale).toBe('zh-CN');
  });

  it('U+3000 and NBSP after a colon, at that character', () => {
    expect(found('version: 1\ntitle:\u3000全面提升\ntasks: []\n')[0]?.slice(0, 4)).toEqual([
      'paste-artefact',
      2,
      7,
      'title: 全面提升',
    ]);
    expect(found('version: 1\ntitle:\u00a0全面提升\ntasks: []\n')[0]?.[4]).toContain('U+00A0');
  });

  it('U+3000 in the indentation, at the first one (line 4, column 3)', () => {
    const [d] = found(plan('  \u3000- id: T1\n    title: x\n'));
    expect(d?.slice(0, 3)).toEqual(['paste-artefact', 4, 3]);
  });

  it('due:2023-06 on a known key, at the colon; 10:30 or http:// are not keys', () => {
    const text = plan('  - id: T1\n    title: 会议\n    due:2023-06\n');
    expect(found(text)[0]?.slice(0, 4)).toEqual(['paste-artefact', 6, 8, 'due: 2023-06']);
    expect(scanPasteArtefacts('notes: "10:30 开会"\nbasis: http://x.cn\n- 10:30 开会\n')).toEqual(
      [],
    );
  });

  it('a full-width dash as a list dash and full-width brackets as a list', () => {
    const d = found(plan('  － id: T1\n    lead: ［医务科，护理部］\n'));
    expect(d.map((x) => x.slice(0, 4))).toEqual([
      ['paste-artefact', 4, 3, '- id: T1'],
      ['paste-artefact', 5, 11, 'lead: [医务科, 护理部]'],
    ]);
  });

  it('a title in 【】 with no list in it is a title, not a list', () => {
    expect(found(plan('  - id: T1\n    title: 【重点】全面提升\n    lead: 医务科\n'))).toEqual([]);
  });

  it('look-alikes inside a block of text are text when the file parses', () => {
    const text = plan(
      '  - id: T1\n    title: x\n    lead: 医务科\n    notes: |\n      due:2023-06\n      Note：see\n',
    );
    expect(found(text)).toEqual([]);
  });

  it('reads the locale from the text only when it is written at the top level', () => {
    expect(localeInText('version: 1\nlocale: zh-TW\n')).toBe('zh-TW');
    expect(localeInText('version: 1\n  locale: zh-TW\n')).toBeUndefined();
  });
});

describe('YAML traps', () => {
  it('a # after an unquoted title: warned at the #, column 19', () => {
    // `title: 全面提升医疗服务质量 #重点`: value at column 8, 10 characters (8–17) → space at 18, # at 19.
    const d = found('version: 1\ntitle: 全面提升医疗服务质量 #重点\ntasks: []\n');
    expect(d[0]?.slice(0, 4)).toEqual([
      'comment-in-text',
      2,
      19,
      'title: "全面提升医疗服务质量 #重点"',
    ]);
  });

  it('a comment written on purpose, two or more spaces before the #, is left alone', () => {
    // One space: `全面提升 #重点` is text cut short (warned); two: `完善制度  # 待定` is a comment.
    expect(found('version: 1\ntitle: 完善制度  # 待定\ntasks: []\n')).toEqual([]);
    expect(found('version: 1\ntitle: 完善制度\t\t# 待定\ntasks: []\n')).toEqual([]);
    expect(found('version: 1\ntitle: 完善制度  # 待定 #2\ntasks: []\n')).toEqual([]);
    expect(found('version: 1\ntitle: 完善制度 # 待定\ntasks: []\n')[0]?.[0]).toBe(
      'comment-in-text',
    );
    expect(found('version: 1\ntitle: 完善制度\t# 待定\ntasks: []\n')[0]?.[0]).toBe(
      'comment-in-text',
    );
  });

  it('no warning for # in a quoted title, in a URL, or after a number', () => {
    const text = plan(
      '  - id: T1\n    title: "制定 #方案"\n    notes: 见 http://x.cn/a#b，10:30 开会\n    lead: 医务科\n    progress: 40 # 估计\n',
    );
    expect(found(text).filter((d) => d[0] === 'comment-in-text')).toEqual([]);
  });

  it('a value starting with [ or @, or holding ": ", is to be quoted: at the value', () => {
    expect(found('version: 1\ntitle: [重点]全面提升\n')[0]?.slice(0, 4)).toEqual([
      'yaml-syntax',
      2,
      8,
      'title: "[重点]全面提升"',
    ]);
    expect(found('version: 1\ntitle: @医务科牵头\n')[0]?.[4]).toContain('starts with "@"');
    expect(found('version: 1\ntitle: 全面提升: 落实\n', 'zh-CN')[0]?.[4]).toContain('含有“: ”');
  });

  it('an unclosed quote points where it opened, not at the end of the file', () => {
    const d = found('version: 1\ntitle: "全面提升\ntasks:\n  - id: T1\n');
    expect(d[0]?.slice(0, 3)).toEqual(['yaml-syntax', 2, 8]);
  });

  it('a list left open is not a value to quote', () => {
    const d = found(plan('  - id: T1\n    support: [finance, hrss\n    due: 2023-06\n'));
    expect(d[0]?.[4]).not.toContain('quotes');
    expect(d[0]?.[4]).toContain('never closed');
  });
});

describe('the keys a missing space is looked for after', () => {
  it('are exactly the keys of the plan format, as the generated JSON Schema names them', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'),
    );
    const keys = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties' && value && typeof value === 'object')
            for (const name of Object.keys(value)) keys.add(name);
          walk(value);
        }
      }
    };
    walk(schema);
    keys.delete('$schema');
    expect([...knownKeys].sort()).toEqual([...keys].sort());
  });
});

describe('paste artefacts that are not', () => {
  // Each of these is the near side of a line the corpus crosses: the same
  // character where it is text, not syntax.
  it('numbering before text, not a key, is left to the parser', () => {
    expect(scanPasteArtefacts('tasks:\n  1、全面提升医疗服务质量\n')).toEqual([]);
    expect(scanPasteArtefacts('  1、id: T1\n').map((a) => [a.kind, a.offset])).toEqual([
      ['numbered-item', 2],
    ]);
  });

  it('a U+3000 at the end of a quoted value, or inside a value, is text', () => {
    expect(scanPasteArtefacts('title: "全面提升\u3000"\n')).toEqual([]);
    expect(scanPasteArtefacts('title: 全面\u3000提升\n')).toEqual([]);
    expect(scanPasteArtefacts('title: 全面提升\u3000\n').map((a) => [a.kind, a.offset])).toEqual([
      ['wide-space-trailing', 11],
    ]);
  });

  it('typographic quotes round a title are text; round an id they are not', () => {
    expect(scanPasteArtefacts('title: “全面提升”\n')).toEqual([]);
    expect(scanPasteArtefacts('id: “T1”\n').map((a) => [a.kind, a.suggestion])).toEqual([
      ['typographic-quotes', 'id: T1'],
    ]);
  });

  it('a middle dot inside a line is text; at the head, before a space, a list dash', () => {
    expect(scanPasteArtefacts('title: 张三·李四\n')).toEqual([]);
    expect(scanPasteArtefacts('  · id: T1\n').map((a) => [a.kind, a.offset])).toEqual([
      ['fullwidth-dash', 2],
    ]);
  });

  it('an anchor an alias uses is YAML on purpose; one on a title that none uses is lost text', () => {
    const used = found('version: 1\ntitle: &t 全面提升\nnotes: *t\n');
    expect(used.filter((d) => d[0] === 'yaml-syntax')).toEqual([]);
    // `title: &重点 全面提升`: the & is line 2, column 8.
    expect(found('version: 1\ntitle: &重点 全面提升\n')[0]?.slice(0, 4)).toEqual([
      'yaml-syntax',
      2,
      8,
      'title: "&重点 全面提升"',
    ]);
  });
});
