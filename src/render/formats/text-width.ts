import stringWidth from 'string-width';

/**
 * Terminal text by display width: a CJK character takes two columns, a
 * combining mark none. Every alignment in the terminal views goes through
 * these, never through `.length`.
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Cut to at most `width` columns, ending with `…` when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Pad with spaces to exactly `width` columns (after truncating if needed). */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncateToWidth(text, width);
  const gap = ' '.repeat(Math.max(0, width - stringWidth(cut)));
  return align === 'left' ? cut + gap : gap + cut;
}

const segmenter = new Intl.Segmenter();
