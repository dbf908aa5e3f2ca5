import type * as z from 'zod';
import type { Path } from '../parse/types.js';

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  options?: AnySchema[];
  valueType?: AnySchema;
  getter?: () => AnySchema;
  in?: AnySchema;
  entries?: Record<string, string>;
  values?: unknown[];
}

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that do not change what a value looks like. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (
      (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') &&
      def.innerType
    ) {
      current = def.innerType;
    } else if (def.type === 'lazy' && def.getter) {
      current = def.getter();
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      return current;
    }
  }
}

/**
 * The schemas a value at `path` may match, following objects, arrays, records
 * and every branch of a union. Used to name the keys an object may have and
 * the values a field takes, for suggestions.
 */
export function schemasAt(root: AnySchema, path: Path): AnySchema[] {
  let current = [unwrap(root)];
  for (const segment of path) {
    const next: AnySchema[] = [];
    for (const schema of current.flatMap(branches)) {
      const def = defOf(schema);
      if (def.type === 'object' && typeof segment === 'string' && def.shape?.[segment]) {
        next.push(unwrap(def.shape[segment]));
      } else if (def.type === 'array' && typeof segment === 'number' && def.element) {
        next.push(unwrap(def.element));
      } else if (def.type === 'record' && def.valueType) {
        next.push(unwrap(def.valueType));
      }
    }
    current = next;
  }
  return current.flatMap(branches);
}

function branches(schema: AnySchema): AnySchema[] {
  const def = defOf(schema);
  return def.type === 'union' && def.options ? def.options.map(unwrap).flatMap(branches) : [schema];
}

/** The keys an object at `path` may have. */
export function keysAt(root: AnySchema, path: Path): string[] {
  return schemasAt(root, path).flatMap((schema) => {
    const def = defOf(schema);
    return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  });
}

/** Short names of what a value at `path` may be: `text`, `number`, `list`, `map`. */
export function kindsAt(root: AnySchema, path: Path): string[] {
  const kinds = schemasAt(root, path).map((schema) => {
    const type = defOf(schema).type;
    if (type === 'string' || type === 'enum') return 'text';
    if (type === 'number' || type === 'literal') return 'number';
    if (type === 'array') return 'list';
    if (type === 'object' || type === 'record') return 'map';
    return type;
  });
  return [...new Set(kinds)];
}

/** Whether the field at the end of `path` may be left out. */
export function isOptionalAt(root: AnySchema, path: Path): boolean {
  const field = path[path.length - 1];
  if (typeof field !== 'string') return false;
  return schemasAt(root, path.slice(0, -1)).some((schema) => {
    const def = defOf(schema);
    if (def.type === 'record') return true;
    const fieldSchema = def.type === 'object' ? def.shape?.[field] : undefined;
    return fieldSchema !== undefined && defOf(fieldSchema).type === 'optional';
  });
}
