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
  | {
      readonly kind: 'encoding';
      readonly likely: string;
      readonly offset: number;
      /** The text before the first bad byte: where a diagnostic points. */
      readonly before?: string;
      /** The plan's `locale:`, found in the bytes, for the message's language. */
      readonly locale?: 'zh-CN' | 'zh-TW' | 'en';
    };

/** Why a named input could not be read at all (before any bytes are looked at). */
export type InputProblem =
  | { readonly kind: 'missing' }
  | { readonly kind: 'directory' }
  /** `reason` is the system error code (`EACCES`, `EIO` …) or, failing that, its message. */
  | { readonly kind: 'unreadable'; readonly reason: string };

/** What reading a file or stream gives: decoded text, or why there is none. */
export type ReadOutcome = ReadResult | { readonly ok: false; readonly problem: InputProblem };
