/**
 * The committed JSON Schema is the one the zod schema generates, and it says
 * what `plan check` says: the examples pass it, and the mistakes the format
 * forbids (unknown keys at any depth, wrong types, a missing title) fail it.
 * Checked by a real JSON Schema validator (ajv, draft 2020-12), not by
 * looking at the schema's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../src/schema/json-schema.js';
import { exampleFiles, repoRoot } from './helpers/golden.js';

const schemaFile = join(repoRoot, 'schemas', 'plan.schema.json');
const committed = readFileSync(schemaFile, 'utf8');

// zod writes a union of string and number as `type: ["string", "number"]`,
// which ajv's strict mode refuses unless union types are allowed; everything
// else about the generated schema passes strict mode.
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
// The keywords editors read (yaml-language-server, VS Code): not validation,
// but strict mode must know them.
const editorKeywords = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
];
ajv.addVocabulary(editorKeywords);
const validate = ajv.compile(JSON.parse(committed) as object);

function loadYaml(text: string): unknown {
  return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
}

function errorsOf(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

const validPlan = {
  version: 1,
  title: 'XX县推动公立医院高质量发展实施方案',
  units: { health: '县卫生健康局', finance: { name: '县财政局', aliases: ['财政局'] } },
  goals: [{ id: 'G1', title: '构建优质高效的公立医院体系', due: 2025 }],
  tasks: [
    {
      id: 'T1',
      title: '加强医疗服务体系建设',
      goal: 'G1',
      lead: 'health',
      support: ['finance'],
      due: '2023-06',
      tasks: [{ title: '推进县域医共体建设', status: 'doing', progress: 40 }],
    },
  ],
};

describe('schemas/plan.schema.json', () => {
  it('is the schema generated from the zod schema', () => {
    const generated = planJsonSchema();
    // A plain equality would print two 18 kB strings; say what to do instead.
    if (committed !== generated) {
      expect.fail(
        'schemas/plan.schema.json is stale: it differs from planJsonSchema(). Run `npm run schema` and commit the result.',
      );
    }
    expect(JSON.parse(committed)).toHaveProperty(
      '$schema',
      'https://json-schema.org/draft/2020-12/schema',
    );
  });

  it('compiles in ajv strict mode (with union types allowed)', () => {
    expect(typeof validate).toBe('function');
    // Plain strict mode may complain, but only about union types.
    try {
      new Ajv2020({ strict: true })
        .addVocabulary(editorKeywords)
        .compile(JSON.parse(committed) as object);
    } catch (error) {
      expect(String(error)).toMatch(/allowUnionTypes/);
    }
  });

  it('describes every field in Chinese and English, and every enum value', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        node.forEach((child, i) => {
          walk(child, `${path}[${i}]`);
        });
      }
      if (!node || typeof node !== 'object' || Array.isArray(node)) return;
      const record = node as Record<string, unknown>;
      if (Array.isArray(record.enum) && !Array.isArray(record.markdownEnumDescriptions))
        undescribed.push(`${path} enum`);
      for (const [key, value] of Object.entries(record)) {
        if (key === 'defaultSnippets' || key === 'examples') continue;
        if (key === 'properties') {
          for (const [name, field] of Object.entries(value as Record<string, object>)) {
            const { description = '', markdownDescription } = field as Record<string, string>;
            // Chinese (a Han character) and English (a Latin word) both.
            if (
              !markdownDescription ||
              !/\p{Script=Han}/u.test(description) ||
              !/[A-Za-z]{3}/.test(description)
            )
              undescribed.push(`${path}.${name}`);
          }
        }
        walk(value, `${path}/${key}`);
      }
    };
    walk(JSON.parse(committed), '');
    expect(undescribed).toEqual([]);
  });

  it('names no internal definition and offers the snippets', () => {
    const schema = JSON.parse(committed);
    expect(committed).not.toContain('__schema');
    expect(Object.keys(schema.$defs)).toEqual(['task']);
    const labels = (node: { defaultSnippets?: { label: string }[] }) =>
      (node.defaultSnippets ?? []).map((snippet) => snippet.label);
    expect(labels(schema.$defs.task)).toEqual(['任务 task', '周期性工作 recurring duty']);
    expect(labels(schema.properties.goals.items)).toEqual(['目标及指标 goal with a target']);
    expect(labels(schema.properties.phases.items)).toEqual(['阶段及步骤 phase with steps']);
    // A snippet's body is itself a valid plan fragment once its tab stops are filled.
    const task = schema.$defs.task.defaultSnippets[0].body;
    const filled = JSON.parse(JSON.stringify(task).replace(/\$\{\d+[:|]([^}|,]*)[^}]*\}/g, '$1'));
    expect(errorsOf({ ...validPlan, tasks: [filled] })).toEqual([]);
  });

  it('has examples to check', () => {
    expect(exampleFiles().length).toBeGreaterThanOrEqual(3);
  });

  for (const name of exampleFiles()) {
    it(`accepts examples/${name}`, () => {
      const text = readFileSync(join(repoRoot, 'examples', name), 'utf8');
      expect(text.startsWith('# yaml-language-server: $schema=../schemas/plan.schema.json\n')).toBe(
        true,
      );
      expect(errorsOf(loadYaml(text))).toEqual([]);
    });
  }

  it('accepts a small valid plan', () => {
    expect(errorsOf(validPlan)).toEqual([]);
  });

  it('rejects an unknown top-level key', () => {
    const errors = errorsOf({ ...validPlan, isuer: 'XX县卫生健康局' });
    expect(errors).toContain(' must NOT have additional properties');
  });

  it('rejects an unknown key in a sub-task', () => {
    const plan = structuredClone(validPlan);
    (plan.tasks[0]!.tasks[0] as Record<string, unknown>).stauts = 'done';
    const errors = errorsOf(plan);
    expect(errors).toContain('/tasks/0/tasks/0 must NOT have additional properties');
  });

  it('rejects a wrong type', () => {
    const plan = structuredClone(validPlan);
    (plan.tasks[0] as Record<string, unknown>).progress = 'half';
    expect(errorsOf(plan)).toContain('/tasks/0/progress must be number');
  });

  it('rejects a progress out of range and an unknown status', () => {
    const plan = structuredClone(validPlan);
    (plan.tasks[0]!.tasks[0] as Record<string, unknown>).progress = 150;
    (plan.tasks[0]!.tasks[0] as Record<string, unknown>).status = 'finished';
    const errors = errorsOf(plan);
    expect(errors).toContain('/tasks/0/tasks/0/progress must be <= 100');
    expect(errors).toContain('/tasks/0/tasks/0/status must be equal to one of the allowed values');
  });

  it('rejects a plan without a title', () => {
    const { title: _title, ...plan } = validPlan;
    expect(errorsOf(plan)).toContain(" must have required property 'title'");
  });

  it('rejects a version other than 1', () => {
    expect(errorsOf({ ...validPlan, version: 2 })).toContain('/version must be equal to constant');
  });

  it('rejects an unknown key in a unit entry and in a target', () => {
    const plan = structuredClone(validPlan) as Record<string, unknown>;
    plan.units = { finance: { name: '县财政局', alias: ['财政局'] } };
    plan.goals = [{ id: 'G1', title: 'x', targets: [{ metric: 'm', target: '>= 1', natur: 'x' }] }];
    const errors = errorsOf(plan);
    expect(errors).toContain('/units/finance must NOT have additional properties');
    expect(errors).toContain('/goals/0/targets/0 must NOT have additional properties');
  });
});
