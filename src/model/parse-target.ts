import type { Figure, TargetOp } from './types.js';

const opWords: Record<string, TargetOp> = {
  '>=': '>=',
  '≥': '>=',
  '>': '>',
  '<=': '<=',
  '≤': '<=',
  '<': '<',
  '=': '=',
  '==': '=',
  '~': '~',
  '≈': '~',
  约: '~',
  約: '~',
};

const targetPattern = /^\s*(>=|<=|==|≥|≤|>|<|=|~|≈|约|約)?\s*(.*?)\s*$/su;
const figurePattern = /^(.*?)(-?\d+(?:\.\d+)?)(.*)$/su;

/**
 * `">= 30%"` → op `>=`, figure 30 `%`. A target with no number (`实现`) is
 * kept as words; a number with no operator means "reach this figure", and
 * which side counts as reaching it is decided against the baseline.
 */
export function parseTarget(value: string | number): {
  written: string;
  op?: TargetOp;
  figure?: Figure;
} {
  const written = String(value).trim();
  const match = targetPattern.exec(written.normalize('NFKC'));
  const opText = match?.[1];
  const rest = match?.[2] ?? written;
  const figure = parseFigure(rest);
  if (figure.number === undefined) return { written };
  return { written, op: opText ? (opWords[opText] ?? '=') : '=', figure };
}

/** `95%` → 95 and `%`; `7.2天` → 7.2 and `天`; `实现` → words only. */
export function parseFigure(value: string | number): Figure {
  if (typeof value === 'number') return { written: String(value), number: value, unit: '' };
  const written = value.trim();
  const match = figurePattern.exec(written.normalize('NFKC'));
  if (!match) return { written, unit: '' };
  return { written, number: Number(match[2]), unit: (match[3] ?? '').trim() };
}
