/**
 * What a browser page needs of core: the one linting API without Node
 * (config given as texts and data, packs held in memory), and the result
 * shapes. Nothing reachable from here imports `node:*` (a test checks).
 */
export { createHeldLinter } from './api/held.js';
export type { HeldConfig, HeldLinterOptions } from './api/held.js';
export { canFixInPlace, ignoredResult } from './api/create.js';
export type { Described, FileFix, LintCallOptions, Linter } from './api/types.js';
export type { FixedText } from './engine/fix-loop.js';
export { applyFixes } from './engine/fixes.js';
export { ConfigError } from './config/errors.js';
export type { ConfigData, RuleConfigValue } from './config/merge.js';
export type { KnownPacks } from './config/held-packs.js';
export type { Match, PatternMatcher } from './config/declarative/index.js';
export { PATTERN_BUDGET_MS } from './config/declarative/index.js';
export { PatternTimeout } from './config/regex-safety.js';
export { sniffFormat, TEXT_EXTENSIONS, DOCUMENT_EXTENSIONS } from './ingest/index.js';
export type { InputFormat } from './ingest/index.js';
export type * from './types.js';
export { findingsCsv, SEVERITY_NAMES } from './report/csv.js';
export { excerptOf } from './report/excerpt.js';
export { whereInWords } from './report/where.js';
export { escapeHtml, markdownToHtml } from './report/docs-markdown.js';
export { setPdfAssets } from './ingest/index.js';
