/**
 * Every output format of `plan check`, by name. Each is loaded only when
 * asked for, so a run pays for the one it prints.
 */
import type { CheckFormatter } from './types.js';

export const checkFormats = [
  'stylish',
  'json',
  'github',
  'sarif',
  'junit',
  'checkstyle',
  'gitlab',
  'compact',
] as const;
export type CheckFormat = (typeof checkFormats)[number];

export const checkFormatters: Readonly<Record<CheckFormat, () => Promise<CheckFormatter>>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  github: async () => (await import('./github.js')).formatGithub,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  junit: async () => (await import('./junit.js')).formatJunit,
  checkstyle: async () => (await import('./checkstyle.js')).formatCheckstyle,
  gitlab: async () => (await import('./gitlab.js')).formatGitlab,
  compact: async () => (await import('./compact.js')).formatCompact,
};
