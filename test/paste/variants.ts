/**
 * What offices really do to a plan when they paste it from Word or WPS, or
 * type it by hand: each variant is one such slip made in a clean plan
 * (./bases.ts), in each language it applies to, with what `plan check`
 * must say about it. Lines and columns are worked out by hand from the
 * base's layout (see bases.ts): columns count UTF-16 code units from 1.
 */
import { encodeGbk, encodeUtf16 } from './encode.js';
import { type BaseLang, baseLines, words } from './bases.js';

type Words = (typeof words)[BaseLang];

export interface Expect {
  /** The exit code of `plan check`: 0 clean or warnings only, 1 an error. */
  readonly exit: 0 | 1 | 2;
  /** The first diagnostic; absent with `clean` for a variant that must give none. */
  readonly code?: string;
  readonly line?: number;
  readonly column?: number;
  /** The first diagnostic's suggestion, exactly. */
  readonly suggestion?: string;
  /** The first diagnostic carries a fix `plan fix` can apply. */
  readonly fix?: boolean;
  /** No diagnostic at all. */
  readonly clean?: boolean;
}

export interface Variant {
  readonly name: string;
  readonly langs: readonly BaseLang[];
  readonly make: (lang: BaseLang) => string | Uint8Array;
  readonly expect: (lang: BaseLang, w: Words) => Expect;
}

const ALL: readonly BaseLang[] = ['zh-CN', 'zh-TW', 'en'];
const ZH: readonly BaseLang[] = ['zh-CN', 'zh-TW'];
const CN: readonly BaseLang[] = ['zh-CN'];
const TW: readonly BaseLang[] = ['zh-TW'];
const EN: readonly BaseLang[] = ['en'];

type LineEdit = (line: string, w: Words) => string;

/** The base with line `n` (1-based) rewritten; several edits as [n, edit] pairs. */
function lines(...edits: [number, LineEdit][]): (lang: BaseLang) => string {
  return (lang) => {
    const w = words[lang];
    const all = baseLines(lang);
    for (const [n, edit] of edits) all[n - 1] = edit(all[n - 1]!, w);
    return `${all.join('\n')}\n`;
  };
}
const at = (n: number, edit: LineEdit) => lines([n, edit]);
/** Line `n` with `from` replaced by `to`. */
const sub = (n: number, from: string, to: string) => at(n, (line) => line.replace(from, to));

const fixed = (e: Expect) => (): Expect => e;

const v = (
  name: string,
  langs: readonly BaseLang[],
  make: Variant['make'],
  expect: Expect | Variant['expect'],
): Variant => ({
  name,
  langs,
  make,
  expect: typeof expect === 'function' ? expect : fixed(expect),
});

/** The width of the first task's title, for positions after it. */
const titleEnd = (w: Words) => 12 + w.title.length;

export const variants: readonly Variant[] = [
  // ── Full-width colon ──────────────────────────────────────────────────
  // `    title：` — four spaces, `title` in columns 5–9, the colon in 10.
  v('full-width colon after title', ALL, sub(7, 'title: ', 'title：'), (_, w) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 7,
    column: 10,
    suggestion: `title: ${w.title}`,
    fix: true,
  })),
  // `    due：` — colon in column 8.
  v('full-width colon after due', ALL, sub(10, 'due: ', 'due：'), {
    exit: 1,
    code: 'paste-artefact',
    line: 10,
    column: 8,
    suggestion: 'due: 2024-06',
    fix: true,
  }),
  // `title：` at the top level — colon in column 6.
  v('full-width colon on the plan title', ALL, sub(2, 'title: ', 'title：'), (_, w) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 2,
    column: 6,
    suggestion: `title: ${w.planTitle}`,
    fix: true,
  })),
  // `    lead： …` — the colon (column 9), a space after it all the same.
  v('full-width colon then a space', ALL, sub(8, 'lead: ', 'lead： '), (_, w) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 8,
    column: 9,
    suggestion: `lead: ${w.lead}`,
    fix: true,
  })),
  // `    status：doing` — colon in column 11.
  v('full-width colon after status', ALL, sub(11, 'status: ', 'status：'), {
    exit: 1,
    code: 'paste-artefact',
    line: 11,
    column: 11,
    suggestion: 'status: doing',
    fix: true,
  }),
  // `    progress：40` — colon in column 13.
  v('full-width colon after progress', ALL, sub(12, 'progress: ', 'progress：'), {
    exit: 1,
    code: 'paste-artefact',
    line: 12,
    column: 13,
    suggestion: 'progress: 40',
    fix: true,
  }),
  // `  - id：T1` — dash in 3, `id` in 5–6, colon in 7.
  v('full-width colon after a list dash', ALL, sub(6, 'id: ', 'id：'), {
    exit: 1,
    code: 'paste-artefact',
    line: 6,
    column: 7,
    suggestion: 'id: T1',
    fix: true,
  }),
  // `    title ：` — a space before the colon: the colon is in column 11.
  v('full-width colon after a space', ALL, sub(7, 'title: ', 'title ：'), (_, w) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 7,
    column: 11,
    suggestion: `title: ${w.title}`,
    fix: true,
  })),
  // `locale：zh-CN` — colon in 7; the plan's language is still found.
  v('full-width colon after locale', ALL, sub(3, 'locale: ', 'locale：'), (lang) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 3,
    column: 7,
    suggestion: `locale: ${lang}`,
    fix: true,
  })),
  // `version：1` — colon in 8.
  v('full-width colon after version', ALL, sub(1, 'version: ', 'version：'), {
    exit: 1,
    code: 'paste-artefact',
    line: 1,
    column: 8,
    suggestion: 'version: 1',
    fix: true,
  }),
  // Two lines pasted: the first (line 7) is named first.
  v(
    'full-width colons on two lines',
    ALL,
    lines([7, (l) => l.replace('title: ', 'title：')], [10, (l) => l.replace('due: ', 'due：')]),
    { exit: 1, code: 'paste-artefact', line: 7, column: 10, fix: true },
  ),
  // `    标题：全面…` — a Chinese key and a full-width colon: colon in 7.
  v(
    'Chinese key with a full-width colon',
    ZH,
    at(7, (_, w) => `    ${w === words['zh-TW'] ? '標題' : '标题'}：${w.title}`),
    (lang, w) => ({
      exit: 1,
      code: 'paste-artefact',
      line: 7,
      column: 7,
      suggestion: `${lang === 'zh-TW' ? '標題' : '标题'}: ${w.title}`,
    }),
  ),
  // `    牵头单位：县卫生健康局` — colon in 9.
  v(
    '牵头单位 with a full-width colon',
    CN,
    at(8, (_, w) => `    牵头单位：${w.lead}`),
    (_, w) => ({
      exit: 1,
      code: 'paste-artefact',
      line: 8,
      column: 9,
      suggestion: `牵头单位: ${w.lead}`,
    }),
  ),
  // A full-width colon inside a value is text: `全面提升：落实核心制度`.
  v(
    'full-width colon inside a title',
    ALL,
    at(7, (_, w) => `    title: ${w.head}：${w.tail}`),
    { exit: 0, clean: true },
  ),

  // ── Ideographic (U+3000) and no-break (U+00A0) spaces ─────────────────
  // `    title:　全面…` — the U+3000 right after the colon, column 11.
  v('U+3000 after a colon', ALL, sub(7, 'title: ', 'title:\u3000'), (_, w) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 7,
    column: 11,
    suggestion: `title: ${w.title}`,
    fix: true,
  })),
  // `    lead:\u00a0…` — the no-break space in column 10.
  v('no-break space after a colon', ALL, sub(8, 'lead: ', 'lead:\u00a0'), (_, w) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 8,
    column: 10,
    suggestion: `lead: ${w.lead}`,
    fix: true,
  })),
  // Two U+3000 for the four spaces of line 8: the first is column 1.
  v('U+3000 indentation', ALL, sub(8, '    lead', '\u3000\u3000lead'), (_, w) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 8,
    column: 1,
    suggestion: `    lead: ${w.lead}`,
  })),
  // Two spaces, then one U+3000: column 3.
  v('U+3000 after two spaces', ALL, sub(8, '    lead', '  \u3000lead'), (_, w) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 8,
    column: 3,
    suggestion: `    lead: ${w.lead}`,
  })),
  // Four no-break spaces before `status`: column 1.
  v('no-break space indentation', ALL, sub(11, '    status', '\u00a0\u00a0\u00a0\u00a0status'), {
    exit: 1,
    code: 'paste-artefact',
    line: 11,
    column: 1,
    suggestion: '    status: doing',
  }),
  // A U+3000 inside a title is text and stays.
  v(
    'U+3000 inside a title',
    ALL,
    at(7, (_, w) => `    title: ${w.head}\u3000${w.tail}`),
    { exit: 0, clean: true },
  ),
  // `    due: 2024-06　` — the trailing U+3000 is column 17 (value 10–16).
  v('U+3000 after a date', ALL, sub(10, '2024-06', '2024-06\u3000'), {
    exit: 1,
    code: 'paste-artefact',
    line: 10,
    column: 17,
    suggestion: 'due: 2024-06',
    fix: true,
  }),
  // A no-break space after the unit's name, column 11 + its length.
  v(
    'no-break space after a unit',
    ALL,
    at(8, (l) => `${l}\u00a0`),
    (_, w) => ({
      exit: 1,
      code: 'paste-artefact',
      line: 8,
      column: 11 + w.lead.length,
      suggestion: `lead: ${w.lead}`,
      fix: true,
    }),
  ),
  // `  -　id: T1` — a U+3000 after the dash, column 4.
  v('U+3000 after a list dash', ALL, sub(6, '- id', '-\u3000id'), {
    exit: 1,
    code: 'paste-artefact',
    line: 6,
    column: 4,
    suggestion: '- id: T1',
  }),

  // ── No space after the colon ──────────────────────────────────────────
  v('due:2024-06', ALL, sub(10, 'due: ', 'due:'), {
    exit: 1,
    code: 'paste-artefact',
    line: 10,
    column: 8,
    suggestion: 'due: 2024-06',
    fix: true,
  }),
  v('progress:40', ALL, sub(12, 'progress: ', 'progress:'), {
    exit: 1,
    code: 'paste-artefact',
    line: 12,
    column: 13,
    suggestion: 'progress: 40',
    fix: true,
  }),
  v('lead: without a space', ALL, sub(8, 'lead: ', 'lead:'), (_, w) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 8,
    column: 9,
    suggestion: `lead: ${w.lead}`,
    fix: true,
  })),
  v('title: without a space', ALL, sub(7, 'title: ', 'title:'), (_, w) => ({
    exit: 1,
    code: 'paste-artefact',
    line: 7,
    column: 10,
    suggestion: `title: ${w.title}`,
    fix: true,
  })),
  v('status:doing', ALL, sub(11, 'status: ', 'status:'), {
    exit: 1,
    code: 'paste-artefact',
    line: 11,
    column: 11,
    suggestion: 'status: doing',
    fix: true,
  }),
  v('- id:T1', ALL, sub(6, 'id: ', 'id:'), {
    exit: 1,
    code: 'paste-artefact',
    line: 6,
    column: 7,
    suggestion: 'id: T1',
    fix: true,
  }),
  // The last line of the file, due of T2.
  v('due:2024-12-31 on the last line', ALL, sub(16, 'due: ', 'due:'), {
    exit: 1,
    code: 'paste-artefact',
    line: 16,
    column: 8,
    suggestion: 'due: 2024-12-31',
    fix: true,
  }),

  // ── Dashes and bullets for a list item (line 13: `  - id: T2`) ────────
  ...(
    [
      ['full-width hyphen －', '\uff0d'],
      ['em dash —', '\u2014'],
      ['en dash –', '\u2013'],
      ['bullet •', '\u2022'],
      ['middle dot ·', '\u00b7'],
      ['black circle ●', '\u25cf'],
      ['katakana middle dot ・', '\u30fb'],
    ] as const
  ).map(([name, dash]) =>
    // The dash is column 3.
    v(`${name} as a list dash`, ALL, sub(13, '- id', `${dash} id`), {
      exit: 1,
      code: 'paste-artefact',
      line: 13,
      column: 3,
      suggestion: '- id: T2',
    }),
  ),
  // The first item (line 6) with a bullet: column 3 too.
  v('bullet on the first item', ALL, sub(6, '- id', '\u2022 id'), {
    exit: 1,
    code: 'paste-artefact',
    line: 6,
    column: 3,
    suggestion: '- id: T1',
  }),

  // ── Numbered items pasted as list items (line 13) ─────────────────────
  ...(
    [
      ['1、', '1、'],
      ['2. ', '2. '],
      ['（二）', '（二）'],
      ['(2) ', '(2) '],
      ['二、', '二、'],
    ] as const
  ).map(([name, mark]) =>
    // The number starts in column 3.
    v(`numbered item ${name.trim()}`, ALL, sub(13, '- id', `${mark}id`), {
      exit: 1,
      code: 'paste-artefact',
      line: 13,
      column: 3,
      suggestion: '- id: T2',
    }),
  ),
  // Numbering inside a title is text.
  v(
    'numbering inside a title',
    ALL,
    at(7, (_, w) => `    title: 1、${w.title}`),
    {
      exit: 0,
      clean: true,
    },
  ),
  v(
    '（一） inside a title',
    ZH,
    at(7, (_, w) => `    title: （一）${w.title}`),
    {
      exit: 0,
      clean: true,
    },
  ),

  // ── Brackets and list separators (line 9: `    support: […]`) ──────────
  // `［a，b］` — the bracket in column 14.
  v(
    'full-width brackets and commas',
    ALL,
    at(9, (_, w) => `    support: ［${w.support[0]}，${w.support[1]}］`),
    (_, w) => ({
      exit: 1,
      code: 'paste-artefact',
      line: 9,
      column: 14,
      suggestion: `support: [${w.support[0]}, ${w.support[1]}]`,
    }),
  ),
  v(
    '【】 around a list with 、',
    ZH,
    at(9, (_, w) => `    support: 【${w.support[0]}、${w.support[1]}】`),
    (_, w) => ({
      exit: 1,
      code: 'paste-artefact',
      line: 9,
      column: 14,
      suggestion: `support: [${w.support[0]}, ${w.support[1]}]`,
    }),
  ),
  // `[a，b]`: one string with a full-width comma; the item starts in 15.
  // It is read as two units, and the warning says how to write them.
  v(
    'full-width comma inside a list',
    ZH,
    at(9, (_, w) => `    support: [${w.support[0]}，${w.support[1]}]`),
    (_, w) => ({
      exit: 0,
      code: 'several-units',
      line: 9,
      column: 15,
      suggestion: `${w.support[0]}, ${w.support[1]}`,
    }),
  ),
  // `lead: a、b` — the value in column 11.
  v(
    'two units joined by 、',
    ZH,
    at(8, (_, w) => `    lead: ${w.lead}、${w.support[0]}`),
    (_, w) => ({
      exit: 0,
      code: 'several-units',
      line: 8,
      column: 11,
      suggestion: `[${w.lead}, ${w.support[0]}]`,
    }),
  ),
  // `[a, b` never closed: the bracket, column 14.
  v(
    'list never closed',
    ALL,
    at(9, (_, w) => `    support: [${w.support[0]}, ${w.support[1]}`),
    {
      exit: 1,
      code: 'yaml-syntax',
      line: 9,
      column: 14,
    },
  ),
  v(
    '【重点】 at the start of a title',
    ZH,
    at(7, (_, w) => `    title: 【重点】${w.title}`),
    {
      exit: 0,
      clean: true,
    },
  ),

  // ── Quotes ────────────────────────────────────────────────────────────
  // The opening quote, column 12.
  v(
    'double quote never closed',
    ALL,
    at(7, (_, w) => `    title: "${w.title}`),
    {
      exit: 1,
      code: 'yaml-syntax',
      line: 7,
      column: 12,
    },
  ),
  v(
    'single quote never closed',
    ALL,
    at(7, (_, w) => `    title: '${w.title}`),
    {
      exit: 1,
      code: 'yaml-syntax',
      line: 7,
      column: 12,
    },
  ),
  // On the plan's title, line 2: the quote in column 8.
  v(
    'quote never closed on the plan title',
    ALL,
    at(2, (_, w) => `title: "${w.planTitle}`),
    {
      exit: 1,
      code: 'yaml-syntax',
      line: 2,
      column: 8,
    },
  ),
  // `"全面提升"落实…`: the quote closes at 12 + 1 + head; the text after it is
  // the next column.
  v(
    'quotes round part of a title',
    ALL,
    at(7, (_, w) => `    title: "${w.head}"${w.tail}`),
    (_, w) => ({
      exit: 1,
      code: 'yaml-syntax',
      line: 7,
      column: 12 + w.head.length + 2,
      suggestion: `title: "${w.head}${w.tail}"`,
    }),
  ),
  // Typographic quotes are text: kept as written.
  v(
    '“” round a title',
    ALL,
    at(7, (_, w) => `    title: “${w.title}”`),
    { exit: 0, clean: true },
  ),
  v(
    '「」 round a title',
    ZH,
    at(7, (_, w) => `    title: 「${w.title}」`),
    { exit: 0, clean: true },
  ),
  // A value with `: ` in typographic quotes still needs YAML quotes: column 12.
  v(
    '“” round a title with “: ”',
    ALL,
    at(7, (_, w) => `    title: “${w.head}: ${w.tail}”`),
    (_, w) => ({
      exit: 1,
      code: 'yaml-syntax',
      line: 7,
      column: 12,
      suggestion: `title: "“${w.head}: ${w.tail}”"`,
    }),
  ),
  // `  - id: “T1”` and T2 `depends_on: [T1]` (line 17): the quotes are
  // named at the id, line 6 column 9, before the reference that misses it.
  v(
    'typographic quotes round an id',
    ALL,
    (lang) => {
      const all = baseLines(lang);
      all[5] = '  - id: “T1”';
      all.push('    depends_on: [T1]');
      return `${all.join('\n')}\n`;
    },
    { exit: 1, code: 'paste-artefact', line: 6, column: 9, suggestion: 'id: T1', fix: true },
  ),
  // A value properly quoted is fine.
  v(
    'title quoted with “: ” inside',
    ALL,
    at(7, (_, w) => `    title: "${w.head}: ${w.tail}"`),
    {
      exit: 0,
      clean: true,
    },
  ),

  // ── YAML syntax in plan text ──────────────────────────────────────────
  // ` #重点` after the title: the `#` is at 12 + title + 1.
  v(
    '# inside a title',
    ALL,
    at(7, (l) => `${l} #重点`),
    (_, w) => ({
      exit: 0,
      code: 'comment-in-text',
      line: 7,
      column: titleEnd(w) + 1,
      suggestion: `title: "${w.title} #重点"`,
    }),
  ),
  v(
    '# inside the plan title',
    ALL,
    at(2, (l) => `${l} #2024版`),
    (_, w) => ({
      exit: 0,
      code: 'comment-in-text',
      line: 2,
      column: 8 + w.planTitle.length + 1,
      suggestion: `title: "${w.planTitle} #2024版"`,
    }),
  ),
  // `#` with no space before it is text.
  v(
    '# with no space before it',
    ALL,
    at(7, (l) => `${l}#重点`),
    { exit: 0, clean: true },
  ),
  // `全面提升: 落实…` — the value, column 12, quoted.
  v(
    '“: ” inside a title',
    ALL,
    at(7, (_, w) => `    title: ${w.head}: ${w.tail}`),
    (_, w) => ({
      exit: 1,
      code: 'yaml-syntax',
      line: 7,
      column: 12,
      suggestion: `title: "${w.head}: ${w.tail}"`,
    }),
  ),
  ...(['[重点]', '@医务科', '*重点', '{重点}', '!重要 ', '%重点 ', '`重点` '] as const).map(
    (start) =>
      v(
        `title starting with ${start.trim()}`,
        ALL,
        at(7, (_, w) => `    title: ${start}${w.title}`),
        (_, w) => ({
          exit: 1,
          code: 'yaml-syntax',
          line: 7,
          column: 12,
          suggestion: `title: "${start}${w.title}"`,
        }),
      ),
  ),
  // `&重点 全面…` reads `&重点` as an anchor and drops it: named at column 12.
  v(
    'title starting with &',
    ALL,
    at(7, (_, w) => `    title: &重点 ${w.title}`),
    (_, w) => ({
      exit: 1,
      code: 'yaml-syntax',
      line: 7,
      column: 12,
      suggestion: `title: "&重点 ${w.title}"`,
    }),
  ),
  // `- 全面…` as a title: a list where a text was meant, column 12.
  v(
    'title starting with “- ”',
    ALL,
    at(7, (_, w) => `    title: - ${w.title}`),
    (_, w) => ({
      exit: 1,
      code: 'yaml-syntax',
      line: 7,
      column: 12,
      suggestion: `title: "- ${w.title}"`,
    }),
  ),
  // `1. 全面…` is text.
  v(
    'title starting with “1. ”',
    ALL,
    at(7, (_, w) => `    title: 1. ${w.title}`),
    { exit: 0, clean: true },
  ),

  // ── Indentation ───────────────────────────────────────────────────────
  // A tab for the four spaces of line 8: the tab is column 1.
  v('tab indentation', ALL, sub(8, '    lead', '\tlead'), {
    exit: 1,
    code: 'yaml-syntax',
    line: 8,
    column: 1,
  }),
  // Five spaces before `lead`: one too many; `lead` is in column 6.
  v('one space too many', ALL, sub(8, '    lead', '     lead'), {
    exit: 1,
    code: 'yaml-syntax',
    line: 8,
    column: 6,
  }),
  // Three spaces: one too few; `lead` in column 4.
  v('one space too few', ALL, sub(8, '    lead', '   lead'), {
    exit: 1,
    code: 'yaml-syntax',
    line: 8,
    column: 4,
  }),
  // ` - id: T2` (one space): the dash in column 2.
  v('list item one space out', ALL, sub(13, '  - id', ' - id'), {
    exit: 1,
    code: 'yaml-syntax',
    line: 13,
    column: 2,
  }),
  // A tab after the colon is blank, as a space.
  v('tab after a colon', ALL, sub(8, 'lead: ', 'lead:\t'), { exit: 0, clean: true }),

  // ── Keys people write (line 7 title, 8 lead, 9 support, 10 due) ───────
  ...(
    [
      ['标题', 7, 'title', CN],
      ['標題', 7, 'title', TW],
      ['牵头单位', 8, 'lead', CN],
      ['牽頭單位', 8, 'lead', TW],
      ['责任单位', 8, 'lead', CN],
      ['responsible', 8, 'lead', EN],
      ['配合单位', 9, 'support', CN],
      ['配合單位', 9, 'support', TW],
      ['完成时限', 10, 'due', CN],
      ['完成時限', 10, 'due', TW],
      ['截止时间', 10, 'due', CN],
      ['deadline', 10, 'due', EN],
      ['due_date', 10, 'due', ALL],
      ['Title', 7, 'title', ALL],
      ['titel', 7, 'title', ALL],
    ] as const
  ).map(([key, line, meant, langs]) =>
    // The key in column 5.
    v(`key ${key}`, langs, sub(line, `${meant}:`, `${key}:`), {
      exit: 1,
      code: 'unknown-key',
      line,
      column: 5,
      suggestion: meant,
    }),
  ),
  // A line added to T1.
  ...(
    [
      ['责任领导: 院长', 'leader', CN],
      ['責任領導: 院長', 'leader', TW],
      ['责任人: 张三', 'owner', CN],
      ['负责人: 张三', 'owner', CN],
      ['備註: 無', 'notes', TW],
    ] as const
  ).map(([text, meant, langs]) =>
    // In place of T1's progress, line 12; the key in column 5.
    v(`key ${text.split(':')[0]}`, langs, sub(12, 'progress: 40', text), {
      exit: 1,
      code: 'unknown-key',
      line: 12,
      column: 5,
      suggestion: meant,
    }),
  ),
  // `\u200btitle:` — a zero-width space before the key, column 5.
  v('zero-width space before a key', ALL, sub(7, 'title:', '\u200btitle:'), {
    exit: 1,
    code: 'paste-artefact',
    line: 7,
    column: 5,
    fix: true,
  }),
  // `title` pasted twice on T1: the second, line 11 in place of status.
  v(
    'a key written twice',
    ALL,
    at(11, (_, w) => `    title: ${w.title2}`),
    {
      exit: 1,
      code: 'yaml-syntax',
      line: 11,
      column: 5,
    },
  ),

  // ── Dates (line 10: `    due: 2024-06`, the value in column 10) ──────
  // Full-width digits, a full-width hyphen and 号 for 日 are read as meant.
  v('full-width digits ２０２４-０６', ALL, sub(10, '2024-06', '２０２４-０６'), {
    exit: 0,
    clean: true,
  }),
  v('full-width digits ２０２４年６月', ZH, sub(10, '2024-06', '２０２４年６月'), {
    exit: 0,
    clean: true,
  }),
  v('2024.6.30', ALL, sub(10, '2024-06', '2024.6.30'), {
    exit: 1,
    code: 'invalid-date',
    line: 10,
    column: 10,
    suggestion: '2024-06-30',
  }),
  v('2024/6/30', ALL, sub(10, '2024-06', '2024/6/30'), {
    exit: 1,
    code: 'invalid-date',
    line: 10,
    column: 10,
    suggestion: '2024-06-30',
  }),
  v('2024.06', ALL, sub(10, '2024-06', '2024.06'), {
    exit: 1,
    code: 'invalid-date',
    line: 10,
    column: 10,
    suggestion: '2024-06',
  }),
  // The period is 2024: a date without a year is read in it.
  v('6月底', ZH, sub(10, '2024-06', '6月底'), { exit: 0, clean: true }),
  v('年底前', ZH, sub(10, '2024-06', '年底前'), { exit: 0, clean: true }),
  v('2024年6月底', ZH, sub(10, '2024-06', '2024年6月底'), { exit: 0, clean: true }),
  v('二〇二四年六月', ZH, sub(10, '2024-06', '二〇二四年六月'), { exit: 0, clean: true }),
  v('长期坚持', CN, sub(10, '2024-06', '长期坚持'), { exit: 0, clean: true }),
  v('2024-6', ALL, sub(10, '2024-06', '2024-6'), { exit: 0, clean: true }),
  v('a day that does not exist', ALL, sub(10, '2024-06', '2024-06-31'), {
    exit: 1,
    code: 'invalid-date',
    line: 10,
    column: 10,
  }),
  v('20xx left from a template', ZH, sub(10, '2024-06', '20xx年6月'), {
    exit: 1,
    code: 'placeholder-date',
    line: 10,
    column: 10,
  }),
  v('2024年6月30号', CN, sub(10, '2024-06', '2024年6月30号'), { exit: 0, clean: true }),
  v('full-width hyphen in a date', ALL, sub(10, '2024-06', '2024－06'), { exit: 0, clean: true }),
  v('June 2024', EN, sub(10, '2024-06', 'June 2024'), {
    exit: 1,
    code: 'invalid-date',
    line: 10,
    column: 10,
    suggestion: '2024-06',
  }),

  // ── Progress and status (line 12 col 15, line 11 col 13) ──────────────
  v('progress 50%', ALL, sub(12, '40', '50%'), {
    exit: 1,
    code: 'schema',
    line: 12,
    column: 15,
    suggestion: '50',
  }),
  v('progress 50％ (full-width)', ALL, sub(12, '40', '50％'), {
    exit: 1,
    code: 'schema',
    line: 12,
    column: 15,
    suggestion: '50',
  }),
  v('progress 五成', ZH, sub(12, '40', '五成'), {
    exit: 1,
    code: 'schema',
    line: 12,
    column: 15,
    suggestion: '50',
  }),
  v('progress ４０ (full-width)', ALL, sub(12, '40', '４０'), {
    exit: 1,
    code: 'schema',
    line: 12,
    column: 15,
    suggestion: '40',
  }),
  v('progress 0.4', ALL, sub(12, '40', '0.4'), {
    exit: 0,
    code: 'progress-fraction',
    line: 12,
    column: 15,
    suggestion: '40',
  }),
  ...(
    [
      ['进行中', 'doing', CN],
      ['進行中', 'doing', TW],
      ['推进中', 'doing', CN],
      ['未开始', 'todo', CN],
      ['未開始', 'todo', TW],
      ['已完成', 'done', CN],
      ['已办结', 'done', CN],
      ['受阻', 'blocked', ZH],
      ['in progress', 'doing', EN],
      ['Doing', 'doing', ALL],
      ['completed', 'done', EN],
    ] as const
  ).map(([word, code, langs]) =>
    v(`status ${word}`, langs, sub(11, 'doing', word), {
      exit: 1,
      code: 'schema',
      line: 11,
      column: 13,
      suggestion: code,
    }),
  ),
  v('version "1" in quotes', ALL, sub(1, '1', '"1"'), {
    exit: 1,
    code: 'schema',
    line: 1,
    column: 10,
    suggestion: '1',
  }),

  // ── Characters that are not seen ──────────────────────────────────────
  v('a byte-order mark', ALL, (lang) => `\ufeff${lines()(lang)}`, { exit: 0, clean: true }),
  v('CRLF line ends', ALL, (lang) => lines()(lang).replace(/\n/g, '\r\n'), {
    exit: 0,
    clean: true,
  }),
  v('CR line ends (old Mac, some WPS exports)', ALL, (lang) => lines()(lang).replace(/\n/g, '\r'), {
    exit: 0,
    clean: true,
  }),
  v(
    'CRLF with a full-width colon',
    ALL,
    (lang) => sub(7, 'title: ', 'title：')(lang).replace(/\n/g, '\r\n'),
    {
      exit: 1,
      code: 'paste-artefact',
      line: 7,
      column: 10,
      fix: true,
    },
  ),
  v(
    'CR with a full-width colon',
    ALL,
    (lang) => sub(7, 'title: ', 'title：')(lang).replace(/\n/g, '\r'),
    {
      exit: 1,
      code: 'paste-artefact',
      line: 7,
      column: 10,
      fix: true,
    },
  ),
  v(
    'CR line ends with an unknown key',
    ALL,
    (lang) => sub(10, 'due:', 'deadline:')(lang).replace(/\n/g, '\r'),
    {
      exit: 1,
      code: 'unknown-key',
      line: 10,
      column: 5,
      suggestion: 'due',
    },
  ),
  // `2024-\u200b06`: the zero-width space is column 15.
  v('zero-width space in a date', ALL, sub(10, '2024-06', '2024-\u200b06'), {
    exit: 1,
    code: 'paste-artefact',
    line: 10,
    column: 15,
    fix: true,
  }),
  // A byte-order mark pasted mid-file, at the head of line 13.
  v('byte-order mark mid-file', ALL, sub(13, '  - id', '\ufeff  - id'), {
    exit: 1,
    code: 'paste-artefact',
    line: 13,
    column: 1,
    fix: true,
  }),
  // A zero-width space inside a title: column 12 + head.
  v(
    'zero-width space in a title',
    ALL,
    at(7, (_, w) => `    title: ${w.head}\u200b${w.tail}`),
    (_, w) => ({
      exit: 1,
      code: 'paste-artefact',
      line: 7,
      column: 12 + w.head.length,
      fix: true,
    }),
  ),
  // An emoji's zero-width joiner (👩‍⚕️) is meant: the other side of the line above.
  v(
    'emoji with a zero-width joiner in a title',
    ALL,
    at(7, (_, w) => `    title: ${w.head}👩\u200d⚕️${w.tail}`),
    {
      exit: 0,
      clean: true,
    },
  ),
  // A bell (U+0007) inside a title: the character itself.
  v(
    'control character in a title',
    ALL,
    at(7, (_, w) => `    title: ${w.head}\u0007${w.tail}`),
    (_, w) => ({
      exit: 1,
      code: 'yaml-syntax',
      line: 7,
      column: 12 + w.head.length,
    }),
  ),
  // No locale: the environment's language, English here (LANG is tested apart).
  v('empty file', EN, () => '', { exit: 1, code: 'schema', line: 1, column: 1 }),
  v('only comments', EN, () => '# 某县实施方案\n# 待补充\n', {
    exit: 1,
    code: 'schema',
    line: 1,
    column: 1,
  }),
  // The U+3000 on line 3 is text to YAML: the plan is that text, not a mapping.
  v('only blank lines and spaces', EN, () => '\n   \n\u3000\n', {
    exit: 1,
    code: 'schema',
    line: 3,
    column: 1,
  }),

  // ── Encodings ─────────────────────────────────────────────────────────
  // Saved as GBK by an older WPS: the first byte that is not UTF-8 is in the
  // plan's title, line 2, column 8.
  v('saved as GBK', ZH, (lang) => encodeGbk(lines()(lang)), {
    exit: 1,
    code: 'encoding',
    line: 2,
    column: 8,
  }),
  v('saved as UTF-16 LE with a BOM', ALL, (lang) => encodeUtf16(lines()(lang), 'le'), {
    exit: 1,
    code: 'encoding',
    line: 1,
    column: 1,
  }),
  v('saved as UTF-16 BE with a BOM', ALL, (lang) => encodeUtf16(lines()(lang), 'be'), {
    exit: 1,
    code: 'encoding',
    line: 1,
    column: 1,
  }),
  // A lone surrogate (ED A0 80) where the title's text starts: column 12.
  v(
    'lone surrogate in a title',
    ALL,
    (lang) => {
      const [before, after] = lines()(lang).split(`title: ${words[lang].title}`);
      return Buffer.concat([
        Buffer.from(`${before}title: `),
        Buffer.from([0xed, 0xa0, 0x80]),
        Buffer.from(`${words[lang].title}${after}`),
      ]);
    },
    { exit: 1, code: 'encoding', line: 7, column: 12 },
  ),
  // A title of 5 MB on one line, still within the 10 MB limit.
  v(
    'a 5 MB single line',
    CN,
    at(14, () => `    title: ${'全面提升医疗服务质量'.repeat(170_000)}`),
    {
      exit: 0,
      clean: true,
    },
  ),
];
