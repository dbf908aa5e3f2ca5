/** Inputs larger than this are refused before they are read (`--max-bytes`). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Items due within this many days are due soon (`--warn-days`). */
export const DEFAULT_WARN_DAYS = 14;
