import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './golden.js';

/**
 * yaml-language-server (the engine of VS Code's YAML extension) over stdio,
 * spoken to in JSON-RPC as an editor speaks to it: requests get their
 * responses, `workspace/configuration` is answered with the settings given,
 * and published diagnostics are kept per document.
 */
export interface LanguageServer {
  request(method: string, params: unknown): Promise<unknown>;
  notify(method: string, params: unknown): void;
  /** The next diagnostics published for `uri` (waits for them). */
  diagnostics(uri: string): Promise<{ message: string; range: unknown }[]>;
  stop(): void;
}

export function startLanguageServer(settings: unknown): LanguageServer {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'),
      '--stdio',
    ],
    { stdio: ['pipe', 'pipe', 'ignore'] },
  );
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const published = new Map<string, ((diagnostics: never[]) => void)[]>();
  const send = (message: object): void => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin!.write(body);
  };
  const onMessage = (message: {
    id?: number;
    method?: string;
    params?: { uri: string; diagnostics: never[] };
    result?: unknown;
  }): void => {
    if (message.method === 'workspace/configuration') {
      const items = (message.params as unknown as { items: unknown[] }).items;
      send({ id: message.id, result: items.map(() => settings) });
    } else if (message.method === 'textDocument/publishDiagnostics' && message.params) {
      const waiting = published.get(message.params.uri);
      waiting?.shift()?.(message.params.diagnostics);
    } else if (message.method !== undefined && message.id !== undefined) {
      // Other requests from the server (registerCapability …): accept them.
      send({ id: message.id, result: null });
    } else if (message.id !== undefined) {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    }
  };
  let buffer = Buffer.alloc(0);
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1],
      );
      if (buffer.length < headerEnd + 4 + length) return;
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      buffer = buffer.subarray(headerEnd + 4 + length);
      onMessage(JSON.parse(body));
    }
  });
  return {
    request: (method, params) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        send({ id, method, params });
      }),
    notify: (method, params) => send({ method, params }),
    diagnostics: (uri) =>
      new Promise((resolve) => {
        const list = published.get(uri) ?? [];
        list.push(resolve as (diagnostics: never[]) => void);
        published.set(uri, list);
      }),
    stop: () => child.kill(),
  };
}
