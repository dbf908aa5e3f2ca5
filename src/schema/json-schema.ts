import { toJSONSchema } from 'zod/mini';
import { planSchema } from './plan-schema.js';
import { contextOf, enumDocs, type FieldDoc, fieldDocs, snippets } from './schema-docs.js';

/**
 * The JSON Schema of the format, generated from the zod schema so the two can
 * never disagree. Editors use it through a `# yaml-language-server: $schema=`
 * comment; `additionalProperties: false` makes them flag unknown keys too.
 *
 * The zod schema says what is valid; what an editor shows (a description of
 * every field in Chinese and English, examples, the meaning of each enum
 * value, snippets) comes from `schema-docs.ts` and is merged in here, in the
 * keywords yaml-language-server and VS Code read: `markdownDescription`,
 * `enumDescriptions`, `markdownEnumDescriptions` and `defaultSnippets`.
 */
export function planJsonSchema(): string {
  const schema = toJSONSchema(planSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  annotate(schema as JsonNode, 'plan');
  describeField(schema as JsonNode, {
    zh: '实施方案（工作方案）：目标、重点任务、责任单位、实施步骤与时限。用 `plan check` 检查，`plan table` 生成分工表',
    en: 'An implementation plan (实施方案 / 工作方案) for the `plan` compiler, format version 1: goals, key tasks, responsible units, phases and dates',
  });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

type JsonNode = Record<string, unknown>;

const isNode = (value: unknown): value is JsonNode =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The doc of a field, by its context first (`task.tasks`), then by its name. */
export function fieldDoc(context: string, key: string): FieldDoc | undefined {
  return fieldDocs[`${context}.${key}`] ?? fieldDocs[key];
}

function annotate(node: JsonNode, context: string): void {
  if (Array.isArray(node.enum)) describeEnum(node, node.enum);
  if (isNode(node.properties)) {
    for (const [key, child] of Object.entries(node.properties)) {
      if (!isNode(child)) continue;
      const doc = fieldDoc(context, key);
      if (doc) describeField(child, doc);
      annotate(child, contextOf[key] ?? context);
    }
  }
  for (const key of ['items', 'additionalProperties']) {
    const child = node[key];
    if (isNode(child)) {
      addSnippets(child, context);
      annotate(child, context);
    }
  }
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const list = node[key];
    if (Array.isArray(list)) for (const child of list) if (isNode(child)) annotate(child, context);
  }
  if (isNode(node.$defs)) {
    for (const [name, def] of Object.entries(node.$defs)) {
      if (!isNode(def)) continue;
      addSnippets(def, name);
      annotate(def, name);
    }
  }
}

function describeField(node: JsonNode, doc: FieldDoc): void {
  node.description = `${plain(doc.zh)}\n${plain(doc.en)}`;
  const examples = doc.examples?.length
    ? `\n\n示例 Examples: ${doc.examples.map((example) => `\`${JSON.stringify(example)}\``).join(', ')}`
    : '';
  node.markdownDescription = `${doc.zh}\n\n${doc.en}${examples}`;
  if (doc.examples?.length) node.examples = [...doc.examples];
}

function describeEnum(node: JsonNode, values: readonly unknown[]): void {
  const docs = values.map((value) => enumDocs[String(value)]);
  if (docs.some((doc) => doc === undefined)) return;
  node.enumDescriptions = docs.map((doc) => `${doc!.zh} · ${doc!.en}`);
  node.markdownEnumDescriptions = docs.map((doc) => `**${doc!.zh}** · ${doc!.en}`);
}

/** Snippets go on the schema of a list's item, where a new item is written. */
function addSnippets(node: JsonNode, context: string): void {
  const list = snippets[context];
  if (list && (node.type === 'object' || node.$ref === undefined) && !node.defaultSnippets)
    node.defaultSnippets = list.map((snippet) => ({ ...snippet }));
}

/** Markdown code marks are dropped where an editor shows plain text. */
function plain(text: string): string {
  return text.replace(/`/g, '');
}
