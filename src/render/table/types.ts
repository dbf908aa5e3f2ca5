import type { Day } from '../../dates/types.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { TableView } from '../../views/table-rows.js';
import type { TableGroup } from './office-groups.js';

export const tableFormats = ['term', 'md', 'csv', 'tsv', 'json', 'xlsx', 'docx'] as const;
export type TableFormat = (typeof tableFormats)[number];

/** What a document's heading says besides the title (xlsx, docx). */
export interface TableHeading {
  /** 文号. */
  readonly documentNo?: string;
  readonly issuer?: string;
  /** The day the lights are judged as of; also the files' fixed creation date. */
  readonly asOf: Day;
}

/** How a format lays the table out; only the formats that need one read each field. */
export interface TableRenderOptions {
  /** Terminal width in columns (term). */
  readonly width: number;
  /** Colour the traffic-light dot (term). */
  readonly color: boolean;
  /** Lead with a UTF-8 byte order mark (csv, tsv). */
  readonly bom: boolean;
  /** The heading above the table (xlsx, docx). */
  readonly heading: TableHeading;
  /** `--group-by`: a sheet per group (xlsx), a heading row per group (docx). */
  readonly groups?: readonly TableGroup[];
  /** The plan's errors, named above the table (md, xlsx, docx) or in an `errors` field (json). */
  readonly errors?: readonly Diagnostic[];
}

/**
 * A format: lays out the view and nothing more. Office formats (xlsx, docx)
 * return bytes; `emit` writes either.
 */
export type TableRenderer = (
  view: TableView,
  options: TableRenderOptions,
) => string | Uint8Array | Promise<string | Uint8Array>;
