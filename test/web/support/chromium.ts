/**
 * Which chromium the browser tests drive: Debian's system chromium (never a
 * downloaded one). XXGK_CHROMIUM names another binary; XXGK_REQUIRE_BROWSER=1
 * (set by .ci/run) turns "no browser" from a skip into a failure.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && executable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/** the chromium binary to drive, or undefined when there is none */
export function findChromium(): string | undefined {
  const chosen = process.env.XXGK_CHROMIUM;
  if (chosen) return executable(chosen) ? chosen : undefined;
  return CANDIDATES.find(executable) ?? onPath('chromium') ?? onPath('chromium-browser');
}

export const chromiumPath = findChromium();

/** CI sets this: a missing browser is then a failure, not a skip */
export const browserRequired = /^(1|true|yes)$/i.test(process.env.XXGK_REQUIRE_BROWSER ?? '');

/** why the browser tests cannot run here, in one line of Chinese */
export const missingBrowserReason = `找不到 chromium（${process.env.XXGK_CHROMIUM || CANDIDATES[0]}）：请安装 Debian 的 chromium（apt-get install -y chromium）或用 XXGK_CHROMIUM 指定浏览器`;

/** headless chromium, with nothing downloaded and no network of its own */
export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(missingBrowserReason);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      // no DNS at all: a request that slipped past the route guard still cannot leave the machine
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
