/** What the read stage hands to the parser: text, never bytes. */
export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: ReadProblem };

export type ReadProblem =
  /** The input is larger than the limit; decided before anything is parsed. */
  | { readonly kind: 'too-large'; readonly size: number; readonly limit: number }
  /**
   * The bytes are not UTF-8 text. `likely` names the encoding they most
   * probably are in (`GB18030`, `Big5`, `UTF-16LE`, `UTF-16BE`, `UTF-32`), or
   * `binary` when they are not text at all; `offset` is the first bad byte.
   */
  | { readonly kind: 'encoding'; readonly likely: string; readonly offset: number };
