/**
 * Text saved in the encodings offices' editors use, for the encoding
 * variants. Node can decode GBK but not encode it, so the table is built
 * by decoding every two-byte GBK sequence once.
 */
let gbkTable: Map<string, number[]> | undefined;

function gbk(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char))
        table.set(char, [lead, trail]);
    }
  }
  gbkTable = table;
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbk().get(char);
      if (!pair) throw new Error(`not in GBK: ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** UTF-16 with its byte-order mark, as Notepad's "Unicode" saves. */
export function encodeUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}
