import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPlanFile, readPlanStream } from './read-input.js';

// `open` is wrapped so the tests can tell whether a file was opened at all.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, open: vi.fn(actual.open) };
});

const dir = mkdtempSync(join(tmpdir(), 'plan-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A block body: a function returned from beforeEach would be run as its teardown.
beforeEach(() => {
  vi.mocked(open).mockClear();
});

const LIMIT = { maxBytes: 1024 };

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readPlanFile', () => {
  it('reads and decodes a UTF-8 file, keeping CRLF', async () => {
    const text = 'plan:\r\n  title: 实施方案\r\n';
    const path = file('ok.yaml', `\uFEFF${text}`);
    expect(await readPlanFile(path, LIMIT)).toEqual({ ok: true, text });
  });

  it('reads an empty file as empty text', async () => {
    expect(await readPlanFile(file('empty.yaml', ''), LIMIT)).toEqual({ ok: true, text: '' });
  });

  it('reports a missing file', async () => {
    expect(await readPlanFile(join(dir, 'nope.yaml'), LIMIT)).toEqual({
      ok: false,
      problem: { kind: 'missing' },
    });
  });

  it('reports a path through a file as missing', async () => {
    const path = file('plain.yaml', 'a: 1\n');
    expect(await readPlanFile(join(path, 'x.yaml'), LIMIT)).toEqual({
      ok: false,
      problem: { kind: 'missing' },
    });
  });

  it('reports a directory', async () => {
    const path = join(dir, 'plans');
    mkdirSync(path);
    expect(await readPlanFile(path, LIMIT)).toEqual({ ok: false, problem: { kind: 'directory' } });
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses a file over the limit without opening it', async () => {
    const path = file('big.yaml', 'x'.repeat(LIMIT.maxBytes + 1));
    expect(await readPlanFile(path, LIMIT)).toEqual({
      ok: false,
      problem: { kind: 'too-large', size: LIMIT.maxBytes + 1, limit: LIMIT.maxBytes },
    });
    expect(open).not.toHaveBeenCalled();
  });

  it('reads a file exactly at the limit', async () => {
    const text = 'x'.repeat(LIMIT.maxBytes);
    expect(await readPlanFile(file('full.yaml', text), LIMIT)).toEqual({ ok: true, text });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('passes on encoding problems', async () => {
    const gb = readFileSync(new URL('./__fixtures__/plan-zh-hans.gb18030.txt', import.meta.url));
    expect(await readPlanFile(file('gb.yaml', gb), { maxBytes: 4096 })).toMatchObject({
      ok: false,
      problem: { kind: 'encoding', likely: 'GB18030', offset: 19 },
    });
  });

  it('reports a path the system refuses as unreadable, with the error code', async () => {
    const path = join(dir, 'n'.repeat(5000));
    expect(await readPlanFile(path, LIMIT)).toEqual({
      ok: false,
      problem: { kind: 'unreadable', reason: 'ENAMETOOLONG' },
    });
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'reports a file without read permission as unreadable',
    async () => {
      const path = file('secret.yaml', 'a: 1\n');
      const { chmodSync } = await import('node:fs');
      chmodSync(path, 0o000);
      expect(await readPlanFile(path, LIMIT)).toEqual({
        ok: false,
        problem: { kind: 'unreadable', reason: 'EACCES' },
      });
    },
  );

  it.skipIf(!existsSync('/dev/zero'))(
    'cuts off an endless non-regular file (size 0 in stat) at the limit',
    async () => {
      const result = await readPlanFile('/dev/zero', LIMIT);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problem.kind).toBe('too-large');
    },
  );
});

describe('readPlanStream', () => {
  it('reads and decodes the whole stream', async () => {
    const chunks = ['plan:\n', '  title: 实', '施方案\n'].map((s) => Buffer.from(s));
    // Split inside a character: chunks are joined before decoding.
    const bytes = Buffer.concat(chunks);
    const split = [bytes.subarray(0, 17), bytes.subarray(17)];
    expect(await readPlanStream(Readable.from(split), LIMIT)).toEqual({
      ok: true,
      text: 'plan:\n  title: 实施方案\n',
    });
  });

  it('accepts string chunks', async () => {
    expect(await readPlanStream(Readable.from(['a: ', '计划\n']), LIMIT)).toEqual({
      ok: true,
      text: 'a: 计划\n',
    });
  });

  it('reads an empty stream as empty text', async () => {
    expect(await readPlanStream(Readable.from([]), LIMIT)).toEqual({ ok: true, text: '' });
  });

  it('stops reading as soon as more than the limit has arrived', async () => {
    let pulled = 0;
    const endless = new Readable({
      highWaterMark: 256,
      read() {
        pulled++;
        this.push(Buffer.alloc(256, 0x61));
      },
    });
    const result = await readPlanStream(endless, LIMIT);
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'too-large', size: 5 * 256, limit: LIMIT.maxBytes },
    });
    // Five chunks were needed; allow for the stream's own read-ahead.
    expect(pulled).toBeLessThanOrEqual(8);
    expect(endless.destroyed).toBe(true);
  });

  it('reports a stream error as unreadable', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('i/o error'), { code: 'EIO' }));
      },
    });
    expect(await readPlanStream(failing, LIMIT)).toEqual({
      ok: false,
      problem: { kind: 'unreadable', reason: 'EIO' },
    });
  });

  it('passes on encoding problems', async () => {
    const big5 = readFileSync(new URL('./__fixtures__/line-zh-hant.big5.txt', import.meta.url));
    expect(await readPlanStream(Readable.from([big5]), LIMIT)).toMatchObject({
      ok: false,
      problem: { kind: 'encoding', likely: 'Big5', offset: 0 },
    });
  });
});
