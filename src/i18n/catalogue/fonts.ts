/** Typefaces a language's documents ask for: words of a kind, kept in its catalogue. */
export interface FontWords {
  /** The SVG timeline's font-family, complete. */
  readonly svg: string;
  /** Families the HTML page asks for before the simplified-Chinese ones it always lists. */
  readonly web: readonly string[];
  /** The Word document's faces for East Asian text: title, headings, body. */
  readonly document: { readonly title: string; readonly heading: string; readonly body: string };
}
