/** A 1-based line and column; columns count UTF-16 code units, as SARIF and editors do. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Turns offsets into lines and columns. Built once per file, on demand. */
export interface LineIndex {
  position(offset: number): Position;
  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string;
  readonly lineCount: number;
}

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const position = (offset: number): Position => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
  const lineText = (line: number): string => {
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    const raw = text.slice(start, next === undefined ? text.length : next - 1);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  };
  return { position, lineText, lineCount: starts.length };
}
