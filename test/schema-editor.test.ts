/**
 * The committed schema as an editor uses it: yaml-language-server (what VS
 * Code's YAML extension runs) is started over stdio and given a plan whose
 * `# yaml-language-server: $schema=` comment names the schema by a relative
 * path, as `plan init` writes it. Completion, hover and validation are asked
 * for as an editor asks.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/golden.js';
import { type LanguageServer, startLanguageServer } from './helpers/language-server.js';

// A document in the repository's root, so `./schemas/plan.schema.json` is
// the committed schema; it need not exist on disk (the editor sends its text).
const uri = pathToFileURL(join(repoRoot, 'editor-test.yaml')).href;
const lines = [
  '# yaml-language-server: $schema=./schemas/plan.schema.json',
  'version: 1',
  'title: 测试方案',
  'tasks:',
  '  - title: 推进医共体建设',
  '    due: 2023-06',
  '    stauts: doing',
  '    status: ',
];
const text = `${lines.join('\n')}\n`;

interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
}

let server: LanguageServer;
let diagnostics: Promise<{ message: string; range: { start: { line: number } } }[]>;

beforeAll(async () => {
  const settings = { validate: true, hover: true, completion: true, schemas: {} };
  server = startLanguageServer(settings);
  await server.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(repoRoot).href,
    capabilities: {
      textDocument: {
        completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
      workspace: { configuration: true },
    },
  });
  server.notify('initialized', {});
  server.notify('workspace/didChangeConfiguration', { settings: { yaml: settings } });
  diagnostics = server.diagnostics(uri) as typeof diagnostics;
  server.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'yaml', version: 1, text },
  });
}, 20_000);

afterAll(() => server?.stop());

const documentation = (item: CompletionItem | undefined): string =>
  typeof item?.documentation === 'string' ? item.documentation : (item?.documentation?.value ?? '');

describe('yaml-language-server with schemas/plan.schema.json', () => {
  it('offers the status values with their Chinese meaning', async () => {
    // After `    status: ` on line 8 (0-based line 7, column 12).
    const result = (await server.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 7, character: 12 },
    })) as { items: CompletionItem[] } | CompletionItem[];
    const items = Array.isArray(result) ? result : result.items;
    expect(items.map((item) => item.label).sort()).toEqual(
      ['blocked', 'doing', 'done', 'dropped', 'todo'].sort(),
    );
    expect(documentation(items.find((item) => item.label === 'doing'))).toContain('进行中');
    expect(documentation(items.find((item) => item.label === 'todo'))).toContain('未开始');
  });

  it('shows a key’s description, in Chinese and English, on hover', async () => {
    // On `due` (line 6, 0-based 5, column 5).
    const hover = (await server.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 5, character: 5 },
    })) as { contents: { value: string } | string };
    const shown = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    expect(shown).toContain('完成时限');
    expect(shown).toContain('When it is due');
  });

  it('flags the unknown key, and only it', async () => {
    const found = await diagnostics;
    const unknown = found.filter((d) => /stauts/.test(d.message));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.range.start.line).toBe(6);
    // Line 8's `status: ` has no value yet, which the schema rightly refuses;
    // every other line is valid.
    expect(found.filter((d) => d.range.start.line !== 6 && d.range.start.line !== 7)).toEqual([]);
  });
});
