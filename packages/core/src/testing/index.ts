export { RuleTester } from './rule-tester.js';
export type { ExpectedError, InvalidCase, RuleTesterOptions, RuleTests, ValidCase } from './rule-tester.js';
export { DOCS_SECTIONS, checkDocsPages, docsSection } from './docs-pages.js';
export type { DocsPagesOptions } from './docs-pages.js';
