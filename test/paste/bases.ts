/**
 * The clean plans every paste variant starts from: one per language, with
 * the same lines in the same places, so that a variant edits line 7 (the
 * first task's title) or line 10 (its due date) in all three alike.
 *
 * Line numbers, for working out positions by hand:
 *  1 version: 1
 *  2 title: …                      (the plan's title)
 *  3 locale: …
 *  4 period: { start: 2024-01, end: 2024-12 }
 *  5 tasks:
 *  6   - id: T1
 *  7     title: …                  (value from column 12)
 *  8     lead: …                   (value from column 11)
 *  9     support: [ …, … ]         (value from column 14)
 * 10     due: 2024-06              (value from column 10)
 * 11     status: doing             (value from column 13)
 * 12     progress: 40              (value from column 15)
 * 13   - id: T2
 * 14     title: …
 * 15     lead: …
 * 16     due: 2024-12-31
 */
export type BaseLang = 'zh-CN' | 'zh-TW' | 'en';

interface Words {
  readonly planTitle: string;
  /** The first task's title, and its two halves for titles with a `: ` or `#` in them. */
  readonly title: string;
  readonly head: string;
  readonly tail: string;
  readonly lead: string;
  readonly support: readonly [string, string];
  readonly title2: string;
  readonly lead2: string;
}

export const words: Record<BaseLang, Words> = {
  'zh-CN': {
    planTitle: '某县推动公立医院高质量发展实施方案',
    title: '全面提升医疗服务质量',
    head: '全面提升',
    tail: '落实核心制度',
    lead: '县卫生健康局',
    support: ['县财政局', '县医疗保障局'],
    title2: '加强重点专科建设',
    lead2: '县人民医院',
  },
  'zh-TW': {
    planTitle: '某縣推動公立醫院高質量發展實施方案',
    title: '全面提升醫療服務質量',
    head: '全面提升',
    tail: '落實核心制度',
    lead: '縣衛生健康局',
    support: ['縣財政局', '縣醫療保障局'],
    title2: '加強重點專科建設',
    lead2: '縣人民醫院',
  },
  en: {
    planTitle: 'Northside District Primary Care Work Plan',
    title: 'Improve the quality of care',
    head: 'Improve care',
    tail: 'enforce the core rules',
    lead: 'District Health Bureau',
    support: ['Finance Office', 'Medical Insurance Office'],
    title2: 'Strengthen key specialties',
    lead2: 'District Hospital',
  },
};

export function baseLines(lang: BaseLang): string[] {
  const w = words[lang];
  return [
    'version: 1',
    `title: ${w.planTitle}`,
    `locale: ${lang}`,
    'period: { start: 2024-01, end: 2024-12 }',
    'tasks:',
    '  - id: T1',
    `    title: ${w.title}`,
    `    lead: ${w.lead}`,
    `    support: [${w.support[0]}, ${w.support[1]}]`,
    '    due: 2024-06',
    '    status: doing',
    '    progress: 40',
    '  - id: T2',
    `    title: ${w.title2}`,
    `    lead: ${w.lead2}`,
    '    due: 2024-12-31',
  ];
}

export function baseText(lang: BaseLang): string {
  return `${baseLines(lang).join('\n')}\n`;
}
