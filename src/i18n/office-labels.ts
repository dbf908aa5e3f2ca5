/**
 * Words of the office formats of `plan table` (xlsx, docx): the heading over
 * the table, the as-of line, sheet names, the printed page footer, and the
 * note for formats that have no use for `--group-by`.
 */
import { catalogueFor, type Lang } from './lang.js';

export interface OfficeLabels {
  /** The heading of the table in a document: 重点任务分工表. */
  readonly heading: string;
  /**
   * Spreadsheet number formats that show a date at its written precision,
   * as the other formats print it: `yyyy"年"m"月"` / `yyyy-mm`.
   */
  readonly dateFormat: { readonly year: string; readonly month: string; readonly day: string };
  /** `截至2024年6月30日`: the day the lights are judged as of. */
  readonly asOf: (day: string) => string;
  /** Between the parts of the line under the title (文号, issuer, as of). */
  readonly partSeparator: string;
  /** The name of the sheet with the whole table. */
  readonly allSheet: string;
  /** A printed page's footer, in Excel's header/footer codes (&P page, &N pages). */
  readonly pageFooter: string;
  /** A document page's footer around its page number and page count: `第 `, ` 页，共 `, ` 页`. */
  readonly pageOf: readonly [string, string, string];
  /** `注：` before the legend under a document's table. */
  readonly notePrefix: string;
  /** Before the legend of a status cell's shading (`light-legend.ts` words the rule). */
  readonly shading: string;
  /** stderr: `--group-by` has no effect on this format. */
  readonly groupByIgnored: (format: string) => string;
}

export function officeLabels(lang: Lang): OfficeLabels {
  return catalogueFor(lang).office;
}
