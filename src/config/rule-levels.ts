/**
 * The severities a project gives a code, and the config's file name: kept
 * apart from the zod schema so that options and lookups can name them
 * without building the schema at start-up.
 */
export const CONFIG_FILE = 'plan.config.yaml';

export const ruleLevels = ['off', 'info', 'warning', 'error'] as const;
export type RuleLevel = (typeof ruleLevels)[number];
