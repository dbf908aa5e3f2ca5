/**
 * Text → XML 1.0 character data (SVG and other XML outputs). XML is
 * stricter than HTML: a C0 control other than tab, LF and CR, a lone
 * surrogate or U+FFFE/U+FFFF makes the whole document ill-formed, and a
 * viewer then shows an error instead of the picture. Such characters are
 * replaced visibly (ESC → ␛, a broken surrogate → �) rather than dropped, so
 * a printed chart shows that a title held something odd. `& < > " '` become
 * entities, which makes the result safe both as element content and inside
 * a quoted attribute.
 */

const entity: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// C0 controls but tab, LF and CR; lone high or low surrogates; the two
// noncharacters XML 1.0 excludes from its Char production.
const notXmlChar =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Anything either function may change: most plan text has none of it and
// is returned as it is, which matters at 10,000 rows.
const anySpecial = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Makes every character allowed in XML 1.0, replacing the others visibly. */
export function xmlChars(text: string): string {
  if (!anySpecial.test(text)) return text;
  return text.replace(notXmlChar, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\uFFFD';
  });
}

/** Text for element content or a quoted attribute value. */
export function escapeXml(text: string): string {
  if (!anySpecial.test(text)) return text;
  return xmlChars(text).replace(/[&<>"']/g, (ch) => entity[ch]!);
}
