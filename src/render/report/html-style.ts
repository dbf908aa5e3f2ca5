/**
 * The report page's one stylesheet, inlined: the page makes no request of
 * any kind, so it opens the same from a USB stick, an e-mail attachment or
 * an offline office PC, and prints the same.
 *
 * Print is what the page is for (supervisors print it and write on it):
 * A4 landscape, table headers repeated on every page, rows never split
 * across pages, the timeline and the task table each on pages of their own,
 * colours kept, and long text wrapped inside fixed-width columns so that
 * nothing runs off the paper. No printed text is under 10 pt. A timeline
 * taller than a page comes as several pictures, each a page high at most
 * (see `timelineHtml`), so its heading is never left alone at a page's
 * foot.
 */
import { catalogueFor, type Lang } from '../../i18n/lang.js';

/** The printable width of A4 landscape with 12 mm margins, in CSS pixels (273 mm at 96 dpi). */
export const PAGE_WIDTH_PX = 1032;

/**
 * The timeline is drawn this wide and shown at the page's width, scaled up
 * by 1032 / 852 = 1.21: its smallest text, the axis at 11 px, prints at
 * 13.3 px, 10 pt, and its labels at 14.5 px (issue 10: at least 10 pt on
 * paper). The finest scale is chosen for this width too.
 */
export const TIMELINE_WIDTH_PX = 852;

// System fonts only: a web font would be a request. The first CJK family
// installed wins; Traditional Chinese pages try the TC cuts first so that
// shared code points take Traditional glyph forms.
const scFonts = [
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Zen Hei"',
  '"Microsoft YaHei"',
  '"PingFang SC"',
];

// Control pictures (␛ for an ESC in plan text) are in few CJK fonts; these
// have them where installed.
const symbolFonts = ['"Segoe UI Symbol"', '"DejaVu Sans"'];

export function fontStack(lang: Lang): string {
  return [...catalogueFor(lang).fonts.web, ...scFonts, ...symbolFonts, 'sans-serif'].join(',');
}

export function reportCss(lang: Lang): string {
  return `
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:${PAGE_WIDTH_PX + 48}px;padding:20px 24px 32px;font-family:${fontStack(lang)};font-size:14px;line-height:1.5;color:#1b1b1b;background:#fff}
header{border-bottom:3px solid #8b1a1a;padding-bottom:8px;margin-bottom:12px}
.kicker{margin:0;color:#8b1a1a;font-weight:700;letter-spacing:.08em}
h1{font-size:24px;line-height:1.3;margin:2px 0 8px}
h2{font-size:18px;margin:22px 0 8px;padding-bottom:3px;border-bottom:2px solid #27435f;break-after:avoid}
h3{font-size:15px;margin:14px 0 6px;break-after:avoid}
.meta{display:flex;flex-wrap:wrap;gap:2px 28px;margin:0}
.meta div{display:flex;gap:8px}
.meta dt{color:#555}
.meta dd{margin:0;font-weight:600}
.note{color:#444;font-size:13px;margin:4px 0 10px}
.groups{display:flex;flex-wrap:wrap;gap:10px 28px}
.groups h3{margin-top:4px}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:0;padding:0;list-style:none}
.card{border:1px solid #bbb;border-radius:6px;padding:4px 12px 6px;min-width:88px;break-inside:avoid}
.card strong{display:block;font-size:22px;line-height:1.2}
.card.total{background:#f0f3f7}
.card.light-red{border-left:6px solid #c62828}
.card.light-yellow{border-left:6px solid #e0a800}
.card.light-blue{border-left:6px solid #1565c0}
.card.light-green{border-left:6px solid #2e7d32}
.card.light-grey{border-left:6px solid #9e9e9e}
.dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;border:1px solid rgba(0,0,0,.45);margin-right:.3em;vertical-align:-.06em}
.light-red .dot{background:#c62828}
.light-yellow .dot{background:#f5c400}
.light-blue .dot{background:#1565c0}
.light-green .dot{background:#2e7d32}
.light-grey .dot{background:#bdbdbd}
.badge{white-space:nowrap}
table{width:100%;border-collapse:collapse;table-layout:fixed;margin:4px 0 12px;font-size:13px}
thead{display:table-header-group}
tr{break-inside:avoid}
th,td{border:1px solid #9aa5b1;padding:3px 5px;vertical-align:top;text-align:left;overflow-wrap:break-word}
th{background:#e6ecf2;font-weight:700}
td.date{word-break:keep-all}
table.units{width:auto;min-width:60%}
.num{text-align:right;font-variant-numeric:tabular-nums}
td.late{color:#b71c1c;font-weight:700}
tr.parent td{background:#f6f8fa;font-weight:600}
td.l1{padding-left:1.6em}
td.l2{padding-left:2.8em}
td.l3{padding-left:4em}
td.l4{padding-left:5.2em}
.timeline svg{display:block;width:100%;height:auto;break-inside:avoid}
@page{size:A4 landscape;margin:12mm}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
table,.note{font-size:10pt}
.break{break-before:page}
}
`;
}
