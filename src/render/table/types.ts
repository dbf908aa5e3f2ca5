import type { TableView } from '../../views/table-rows.js';

export const tableFormats = ['term', 'md', 'csv', 'tsv', 'json'] as const;
export type TableFormat = (typeof tableFormats)[number];

/** How a format lays the table out; only the formats that need one read each field. */
export interface TableRenderOptions {
  /** Terminal width in columns (term). */
  readonly width: number;
  /** Colour the traffic-light dot (term). */
  readonly color: boolean;
  /** Lead with a UTF-8 byte order mark (csv, tsv). */
  readonly bom: boolean;
}

/**
 * A format: lays out the view and nothing more. Office formats (xlsx, docx)
 * return bytes; `emit` writes either.
 */
export type TableRenderer = (
  view: TableView,
  options: TableRenderOptions,
) => string | Uint8Array | Promise<string | Uint8Array>;
