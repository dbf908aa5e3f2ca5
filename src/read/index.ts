export { decodePlanBytes } from './decode-text.js';
export type { ReadOptions } from './read-input.js';
export { readPlanFile, readPlanStream } from './read-input.js';
export type { InputProblem, ReadOutcome, ReadProblem, ReadResult } from './types.js';
