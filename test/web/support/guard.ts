/**
 * Every request a browser context makes is seen here: the page's own file
 * (and blob:/data: URLs it makes itself) pass, anything else is aborted and
 * written down, so a test can fail on it. Requests of workers, iframes,
 * images, fonts and WebSockets all count.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface RequestGuard {
  /** every URL other than the page file itself and blob:/data: URLs, in order */
  readonly offenders: string[];
  /** watch a page's WebSockets too (they bypass routing) */
  watch(page: Page): void;
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

export function isLocalUrl(url: string, pageUrl: string): boolean {
  return url.startsWith('blob:') || url.startsWith('data:') || withoutHash(url) === withoutHash(pageUrl);
}

export async function guardRequests(context: BrowserContext, pageUrl: string): Promise<RequestGuard> {
  const offenders: string[] = [];
  const note = (url: string) => {
    if (!isLocalUrl(url, pageUrl) && !offenders.includes(url)) offenders.push(url);
  };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalUrl(url, pageUrl)) return route.continue();
    note(url);
    return route.abort('blockedbyclient');
  });
  // routing may not see every kind of request (file: subresources, some worker fetches): the event does
  context.on('request', (request) => note(request.url()));
  const watch = (page: Page) => page.on('websocket', (socket) => note(socket.url()));
  context.on('page', watch);
  return { offenders, watch };
}
