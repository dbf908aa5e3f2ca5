import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { repoRoot } from './golden.js';

/** Debian's chromium, which .ci/run installs; playwright never downloads a browser here. */
export const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);

/** Screenshots and other things worth a look after a run; not committed. */
export const artifactDir = join(repoRoot, 'test', 'artifacts');

/**
 * `describe` for tests that need the browser. Without chromium they are
 * skipped on a developer's machine, but fail in CI, where .ci/run installs it:
 * a browser test that silently never runs is worse than none.
 */
export const describeInBrowser = (name: string, body: () => void): void => {
  if (!chromiumPath && process.env.CI) {
    describe(name, () => {
      throw new Error('chromium is not installed; .ci/run installs it with apt-get');
    });
    return;
  }
  (chromiumPath ? describe : describe.skip)(name, body);
};

/**
 * Starts chromium headless with the flags this machine needs: no sandbox
 * (tests run as root), and none of the background networking a closed
 * network refuses.
 */
export async function launchBrowser(): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'plan-chromium-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath!,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  browser.on('disconnected', () => rmSync(userDataDir, { recursive: true, force: true }));
  return browser;
}

/** A page that records console errors, failed requests and any request leaving the page. */
export async function openPage(browser: Browser): Promise<{
  page: Page;
  errors: string[];
  requests: string[];
}> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('about:')) requests.push(url);
  });
  return { page, errors, requests };
}

export function ensureArtifactDir(): string {
  mkdirSync(artifactDir, { recursive: true });
  return artifactDir;
}
