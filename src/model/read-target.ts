/**
 * A target as the model keeps it: what `parseTarget` read from its words,
 * settled with the fields beside it. A bare figure (`95%`, `= 95%`) is
 * reached from its baseline's side; `tolerance:` widens or narrows 左右;
 * `reference:` gives the figure that `超过国家中位数` or `同比下降8%` leave out.
 */
import { type Inequality, parseTarget, targetKey } from './parse-target.js';
import type {
  Figure,
  Measurement,
  Target,
  TargetKind,
  TargetOp,
  TargetProblem,
  Tolerance,
} from './types.js';

/** 左右 with no `tolerance:`: within 5% of the figure, either side. */
export const DEFAULT_TOLERANCE: Tolerance = { amount: 0.05, relative: true };

export type ReadTarget = Pick<
  Target,
  | 'written'
  | 'kind'
  | 'op'
  | 'figure'
  | 'upper'
  | 'direction'
  | 'tolerance'
  | 'rank'
  | 'notComputable'
  | 'problems'
> & {
  /** `从0.9提升到1.2`: the starting figure the words give, a baseline when none is set. */
  readonly from?: Figure;
};

export interface TargetFields {
  readonly baseline?: Measurement;
  readonly reference?: Measurement;
  readonly tolerance?: string | number;
}

export function readTarget(value: string | number, fields: TargetFields): ReadTarget {
  const written = String(value).trim();
  const reading = parseTarget(value);
  const problems: TargetProblem[] = [];
  const reference = referenceFigure(fields.reference, problems);
  const notComputable = (why: 'no-figure' | 'relative' | 'problem'): ReadTarget => ({
    written,
    kind: 'not-computable',
    notComputable: why,
    problems,
  });

  switch (reading.form) {
    case 'placeholder':
      problems.unshift({ kind: 'placeholder', field: 'target', written });
      return notComputable('problem');
    case 'unreadable':
      problems.unshift({
        kind: reading.contradictory ? 'contradictory' : 'unreadable',
        field: 'target',
        written,
        ...(reading.suggestion !== undefined ? { suggestion: reading.suggestion } : {}),
      });
      return notComputable('problem');
    case 'words':
      return { written, kind: 'words', problems };
    case 'range':
      return { written, kind: 'range', figure: reading.figure, upper: reading.upper, problems };
    case 'about': {
      const tolerance = readTolerance(fields.tolerance, reading.figure.unit, problems);
      return {
        written,
        kind: 'about',
        op: '~',
        figure: reading.figure,
        ...(reading.direction ? { direction: reading.direction } : {}),
        tolerance,
        ...(reading.from ? { from: reading.from } : {}),
        problems,
      };
    }
    case 'compare': {
      const op = reading.op === 'reach' ? reachOp(reading.figure, fields.baseline) : reading.op;
      return {
        written,
        kind: kindOf(op),
        op,
        figure: reading.figure,
        ...(reading.rank ? { rank: true } : {}),
        ...(reading.from ? { from: reading.from } : {}),
        problems,
      };
    }
    case 'level': {
      if (!reference) return notComputable('no-figure');
      const op = reading.op === 'reach' ? reachOp(reference, fields.baseline) : reading.op;
      return compared(written, op, reference, fields, problems);
    }
    case 'relative': {
      if (!reference || reference.number === undefined) return notComputable('relative');
      const figure = changed(reference, reading.sign, reading.change);
      const op = reading.sign === 1 || reading.op === '~' ? reading.op : flip(reading.op);
      return compared(written, op, figure, fields, problems);
    }
  }
}

function compared(
  written: string,
  op: TargetOp,
  figure: Figure,
  fields: TargetFields,
  problems: TargetProblem[],
): ReadTarget {
  if (op === '~') {
    const tolerance = readTolerance(fields.tolerance, figure.unit, problems);
    return { written, kind: 'about', op, figure, tolerance, problems };
  }
  return { written, kind: kindOf(op), op, figure, problems };
}

function kindOf(op: Inequality): TargetKind {
  return op === '>=' || op === '>' ? 'at-least' : 'at-most';
}

function flip(op: Inequality): Inequality {
  return ({ '>=': '<=', '>': '<', '<=': '>=', '<': '>' } as const)[op];
}

/**
 * A bare figure is reached from where the plan starts: from a baseline above
 * it (住院日 8.5天 → 7.2天) reaching means at most; otherwise at least.
 */
function reachOp(figure: Figure, baseline: Measurement | undefined): Inequality {
  const from = baseline?.value.number;
  return from !== undefined && figure.number !== undefined && from > figure.number ? '<=' : '>=';
}

/**
 * `同比下降8%` from 1,200: 1,104. A change in % is a share of the reference;
 * in 个百分点 or the reference's own unit it is added or taken off.
 */
function changed(reference: Figure, sign: 1 | -1, change: Figure): Figure {
  const base = reference.number ?? 0;
  const by = change.number ?? 0;
  const raw = change.unit === '%' ? base * (1 + (sign * by) / 100) : base + sign * by;
  const number = Math.round(raw * 1e9) / 1e9;
  return { written: `${number}${reference.unit}`, number, unit: reference.unit };
}

function referenceFigure(
  reference: Measurement | undefined,
  problems: TargetProblem[],
): Figure | undefined {
  if (!reference) return undefined;
  const { value } = reference;
  if (value.number !== undefined) return value;
  const placeholder = parseTarget(value.written).form === 'placeholder';
  problems.push({
    kind: placeholder ? 'placeholder' : 'unreadable',
    field: 'reference',
    written: value.written,
  });
  return undefined;
}

const toleranceForm = /^(\d+(?:\.\d+)?)(.*)$/u;

/**
 * `tolerance: 0.3` or `0.3天`: that much either side, in the target's unit;
 * `2个百分点` for a % target: two points; `tolerance: 5%`: a share of the
 * figure, as the default ±5% is. `%` always means a share, so that one
 * spelling never means two things.
 */
function readTolerance(
  value: string | number | undefined,
  unit: string,
  problems: TargetProblem[],
): Tolerance {
  if (value === undefined) return DEFAULT_TOLERANCE;
  if (typeof value === 'number') {
    if (value >= 0) return { amount: value, relative: false };
    problems.push({ kind: 'unreadable', field: 'tolerance', written: String(value) });
    return DEFAULT_TOLERANCE;
  }
  const { plain, key } = targetKey(value);
  const match = toleranceForm.exec(key);
  const given = match?.[2] ?? '';
  if (match) {
    const amount = Number(match[1]);
    if (given === '%') return { amount: amount / 100, relative: true };
    const givenPlain = plain.slice(plain.length - given.length);
    const points = unit === '%' && (given === '个百分点' || given === '百分点');
    if (given === '' || points || givenPlain === unit || given === targetKey(unit).key) {
      return { amount, relative: false };
    }
  }
  const placeholder = parseTarget(value).form === 'placeholder';
  problems.push({
    kind: placeholder ? 'placeholder' : 'unreadable',
    field: 'tolerance',
    written: value.trim(),
  });
  return DEFAULT_TOLERANCE;
}
