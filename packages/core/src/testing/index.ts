export { RuleTester } from './rule-tester.js';
export type { ExpectedError, InvalidCase, RuleTests, ValidCase } from './rule-tester.js';
