/**
 * The `errors` field of a view's JSON (table, overdue), as a JSON Schema:
 * the plan's errors in the shape of `plan check --format json`'s
 * diagnostics, strictly; empty for a clean plan.
 */
export const errorsContract = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: [
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'severity',
      'code',
      'message',
      'path',
    ],
    properties: {
      file: { type: 'string' },
      line: { type: 'integer', minimum: 1 },
      column: { type: 'integer', minimum: 1 },
      endLine: { type: 'integer', minimum: 1 },
      endColumn: { type: 'integer', minimum: 1 },
      severity: { const: 'error' },
      code: { type: 'string' },
      message: { type: 'string' },
      path: { type: 'string' },
      suggestion: { type: 'string' },
    },
  },
} as const;
