/**
 * The project config, `plan.config.yaml`: the zod schema, source of its JSON
 * Schema (`plan schema config`, schemas/config.schema.json) and of its
 * validation. Codes are the registry's, so an editor completes them and
 * flags a misspelt one.
 */
import * as z from 'zod/mini';
import { allCodes } from '../diagnostics/codes.js';
import { lightsBlock, locales } from '../schema/plan-schema.js';
import { ruleLevels } from './rule-levels.js';

export { CONFIG_FILE, type RuleLevel, ruleLevels } from './rule-levels.js';

const describe = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.meta({ description })) as T;

export const configKeys = ['rules', 'lights', 'units', 'ignore', 'lang'] as const;

export const configSchema = describe(
  z.strictObject({
    rules: z.optional(
      describe(
        z.partialRecord(z.enum(allCodes), z.enum(ruleLevels)),
        'A severity per diagnostic code: off, info, warning or error (e.g. overdue: off)',
      ),
    ),
    lights: z.optional(
      describe(
        lightsBlock,
        'The traffic-light rule for every plan here, as a plan’s lights: block (a plan’s own block wins)',
      ),
    ),
    units: z.optional(
      describe(
        z.string().check(z.minLength(1)),
        'A shared units registry (YAML: id → name, or { name, aliases, members }), relative to this file; a plan’s own units win',
      ),
    ),
    ignore: z.optional(
      describe(
        z.array(z.string()),
        'Files to leave out when walking folders and expanding globs (gitignore syntax, relative to this file’s folder)',
      ),
    ),
    lang: z.optional(
      describe(z.enum(locales), 'Language of messages for plans that set no locale'),
    ),
  }),
  'Project config of the `plan` compiler (plan.config.yaml).',
);

export type ConfigInput = z.infer<typeof configSchema>;

export function configJsonSchema(): string {
  const schema = z.toJSONSchema(configSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
