/** The docs-page renderer lives in core (report/docs-markdown.ts): the CLI's HTML summary embeds the same pages. */
export { escapeHtml, markdownToHtml } from '@xxgk-lint/core/browser';
