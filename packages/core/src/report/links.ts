/** the schemes a link in our output may have: web pages, and the docs pages shipped inside the rule packs (file:) */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

/**
 * A rule's docs URL fit to be a link in the HTML summary, SARIF or a
 * terminal: http(s) or file, in its parsed form (controls percent-encoded);
 * anything else (javascript:, data:, a relative or malformed URL) is
 * undefined and is shown as plain text, if at all.
 */
export function safeLinkUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}
