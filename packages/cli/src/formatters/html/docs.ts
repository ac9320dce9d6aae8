import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import type { RuleMeta } from '@xxgk-lint/core';
import { markdownToHtml, safeLinkUrl } from '@xxgk-lint/core';
import { escape } from './escape.js';

/** reads a rule's docs page given its docs URL; undefined when there is none to embed */
export type DocsReader = (ruleId: string, url: string) => string | undefined;

const MAX_DOCS_BYTES = 256 * 1024;

/**
 * The docs pages the packs ship (the same files the web page bundles): a
 * file: URL of a .md file no larger than 256 KB whose first line is
 * "# <rule id>". Nothing else on disk is read into a page that gets sent on.
 */
export const readShippedDocs: DocsReader = (ruleId, url) => {
  if (!url.startsWith('file:') || !url.endsWith('.md')) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(fileURLToPath(url), 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_DOCS_BYTES) return undefined;
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const text = bytes.subarray(0, read).toString('utf8').replace(/^\uFEFF/, '');
    const [first, ...rest] = text.split('\n');
    return first.trim() === `# ${ruleId}` ? rest.join('\n') : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

/** a rule's docs for the page: the shipped page's text, else an http(s) link, else nothing but the description */
export function docsHtml(ruleId: string, meta: RuleMeta | undefined, read: DocsReader): string {
  const url = meta?.docs.url;
  const page = url ? read(ruleId, url) : undefined;
  if (page !== undefined) return `<div class="doc">${markdownToHtml(page)}</div>`;
  const safe = safeLinkUrl(url);
  const description = meta?.docs.description ? `<p>${escape(meta.docs.description)}</p>` : '';
  if (safe && /^https?:/i.test(safe)) return `<div class="doc">${description}<p>规则说明：<a href="${escape(safe)}">${escape(safe)}</a></p></div>`;
  const shown = url && !url.startsWith('file:') ? `<p class="excerpt">规则说明地址（未链接）：${escape(url)}</p>` : '';
  return `<div class="doc">${description || '<p>这条规则没有说明。</p>'}${shown}</div>`;
}
