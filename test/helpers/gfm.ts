/**
 * Markdown as GitHub-flavoured Markdown readers show it: rendered by
 * micromark with the GFM extensions (raw HTML escaped, as a paste into an
 * OA system would show it), and the text a reader sees in the result.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The text a reader sees: tags dropped, the few entities micromark writes decoded. */
export function seenText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}
