/**
 * Every output the CLI prints, by view and format name. Each entry loads
 * its renderer only when called (the office formats alone are megabytes),
 * and gives back the renderer itself: a pure function of a view (from
 * `buildTableView`, `overdueItems`, …) and its options, returning text (or
 * bytes for xlsx and docx).
 */
import { checkFormatters } from '../render/check/formatters.js';

/** Renderers by view and format name: `await formatters.table.csv()` gives `renderTableCsv`. */
export const formatters = {
  /** `plan check --format`: `(report, options) => string`. */
  check: checkFormatters,
  /** `plan table --format`, from `buildTableView`. */
  table: {
    term: async () => (await import('../render/table/term.js')).renderTableTerm,
    md: async () => (await import('../render/table/markdown.js')).renderTableMarkdown,
    csv: async () => (await import('../render/table/csv.js')).renderTableCsv,
    tsv: async () => (await import('../render/table/tsv.js')).renderTableTsv,
    json: async () => (await import('../render/table/json.js')).renderTableJson,
    xlsx: async () => (await import('../render/table/xlsx.js')).renderTableXlsx,
    docx: async () => (await import('../render/table/docx.js')).renderTableDocx,
  },
  /** `plan overdue --format`, from `overdueItems`. */
  overdue: {
    term: async () => (await import('../render/overdue/term.js')).renderOverdueTerm,
    md: async () => (await import('../render/overdue/markdown.js')).renderOverdueMarkdown,
    csv: async () => (await import('../render/overdue/csv.js')).renderOverdueCsv,
    json: async () => (await import('../render/overdue/json.js')).renderOverdueJson,
  },
  /** `plan report --format`, from `reportSummary` (html also takes a table and a timeline). */
  report: {
    term: async () => (await import('../render/report/term.js')).renderReportTerm,
    md: async () => (await import('../render/report/markdown.js')).renderReportMarkdown,
    json: async () => (await import('../render/report/json.js')).renderReportJson,
    html: async () => (await import('../render/report/html.js')).renderReportHtml,
  },
  /** `plan timeline --format`, from `buildTimeline`. */
  timeline: {
    term: async () => (await import('../render/timeline/term.js')).renderTimelineTerm,
    svg: async () => (await import('../render/timeline/svg.js')).renderTimelineSvg,
    mermaid: async () => (await import('../render/timeline/mermaid.js')).renderTimelineMermaid,
  },
  /** `plan checklist`, from `buildChecklistView`. */
  checklist: {
    md: async () => (await import('../render/checklist/markdown.js')).renderChecklistMarkdown,
  },
  /** `plan export --format ics`, from `calendarEvents`. */
  calendar: {
    ics: async () => (await import('../render/export/ics.js')).renderIcs,
  },
} as const;
