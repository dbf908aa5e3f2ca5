import { toJSONSchema } from 'zod/mini';
import { planSchema } from './plan-schema.js';

/**
 * The JSON Schema of the format, generated from the zod schema so the two can
 * never disagree. Editors use it through a `# yaml-language-server: $schema=`
 * comment; `additionalProperties: false` makes them flag unknown keys too.
 */
export function planJsonSchema(): string {
  const schema = toJSONSchema(planSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
