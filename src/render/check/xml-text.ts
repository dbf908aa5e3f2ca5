import { escapeXml } from '../xml.js';

// Line breaks and tabs in an attribute are normalised to spaces by every XML
// parser; as character references they survive. DEL, C1 controls and bidi
// overrides are legal XML but act on a terminal that shows the report: as
// references they are inert and still read back exactly.
const referenced = /[\t\n\r\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const anyReferenced = /[\t\n\r\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Plan text for a quoted XML attribute or element content of a CI report. */
export function xmlText(text: string): string {
  const escaped = escapeXml(text);
  if (!anyReferenced.test(escaped)) return escaped;
  return escaped.replace(referenced, (ch) => `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`);
}
